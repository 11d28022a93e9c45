// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/madvise.c (do_madvise, madvise_walk_vmas,
 * madvise_dontneed_free, madvise_remove, madvise_populate, madvise_update_vma).
 *
 * Simplified: the model's kernel is configured without THP, KSM and
 * MEMORY_FAILURE madvise, so MADV_HUGEPAGE, NOHUGEPAGE, COLLAPSE, MERGEABLE,
 * UNMERGEABLE, HWPOISON and SOFT_OFFLINE are unknown advice (EINVAL), as on
 * such a kernel; MADV_COLD and MADV_PAGEOUT (reclaim) and the guard-region
 * advice are not modelled and are rejected the same way.  With no
 * readahead, swap or reclaim, MADV_WILLNEED and MADV_FREE change nothing
 * observable (MADV_FREE'd pages keep their data until reclaim, which never
 * comes), so both only validate.
 */
#include <linux/bug.h>
#include <linux/fs.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>

#define MADV_DONTNEED_LOCKED 24

/* [madvise_behavior_valid] */
static bool madvise_behavior_valid(int behavior)
{
	switch (behavior) {
	case MADV_DOFORK:
	case MADV_DONTFORK:
	case MADV_NORMAL:
	case MADV_SEQUENTIAL:
	case MADV_RANDOM:
	case MADV_REMOVE:
	case MADV_WILLNEED:
	case MADV_DONTNEED:
	case MADV_DONTNEED_LOCKED:
	case MADV_FREE:
	case MADV_POPULATE_READ:
	case MADV_POPULATE_WRITE:
	case MADV_DONTDUMP:
	case MADV_DODUMP:
	case MADV_WIPEONFORK:
	case MADV_KEEPONFORK:
		return true;
	default:
		return false;
	}
}

/* [madvise_need_mmap_write] */
static bool madvise_need_mmap_write(int behavior)
{
	switch (behavior) {
	case MADV_REMOVE:
	case MADV_WILLNEED:
	case MADV_DONTNEED:
	case MADV_DONTNEED_LOCKED:
	case MADV_FREE:
	case MADV_POPULATE_READ:
	case MADV_POPULATE_WRITE:
		return false;
	default:
		return true;
	}
}

/* [madvise_dontneed_free_valid_vma] */
static bool madvise_dontneed_valid_vma(struct vm_area_struct *vma, int behavior)
{
	vm_flags_t forbidden = VM_PFNMAP;

	if (behavior != MADV_DONTNEED_LOCKED)
		forbidden |= VM_LOCKED;
	return !(vma->vm_flags & forbidden);
}

/*
 * [madvise_remove] Punch the backing file's hole; the file's truncation
 * unmaps the PTEs of every mapping (this one included) through
 * unmap_mapping_range(), with its notifier pairs.  mmap_lock is dropped
 * around the fallocate, as in the kernel.
 */
static int madvise_remove(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long start,
			  unsigned long end)
{
	struct file *f = vma->vm_file;
	loff_t offset;
	int error;

	if (vma->vm_flags & VM_LOCKED)
		return -EINVAL;
	if (!f || !f->f_mapping || !f->f_mapping->host)
		return -EINVAL;
	if (!vma_is_shared_maywrite(vma))
		return -EACCES;
	offset = (loff_t)(start - vma->vm_start) + ((loff_t)vma->vm_pgoff << PAGE_SHIFT);
	get_file(f);
	mmap_read_unlock(mm);
	error = vfs_fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, offset, end - start);
	fput(f);
	mmap_read_lock(mm);
	return error;
}

/* [madvise_update_vma] the advice that only sets or clears VMA flags */
static int madvise_update_vma(struct mm_struct *mm, struct vm_area_struct *vma,
			      unsigned long start, unsigned long end, int behavior)
{
	vm_flags_t new_flags = vma->vm_flags;

	switch (behavior) {
	case MADV_NORMAL:
		new_flags &= ~(VM_RAND_READ | VM_SEQ_READ);
		break;
	case MADV_SEQUENTIAL:
		new_flags = (new_flags & ~VM_RAND_READ) | VM_SEQ_READ;
		break;
	case MADV_RANDOM:
		new_flags = (new_flags & ~VM_SEQ_READ) | VM_RAND_READ;
		break;
	case MADV_DONTFORK:
		new_flags |= VM_DONTCOPY;
		break;
	case MADV_DOFORK:
		if (vma->vm_flags & VM_IO)
			return -EINVAL;
		new_flags &= ~VM_DONTCOPY;
		break;
	case MADV_WIPEONFORK:
		/* MADV_WIPEONFORK is only supported on anonymous memory. */
		if (vma->vm_file || (vma->vm_flags & VM_SHARED))
			return -EINVAL;
		new_flags |= VM_WIPEONFORK;
		break;
	case MADV_KEEPONFORK:
		new_flags &= ~VM_WIPEONFORK;
		break;
	case MADV_DONTDUMP:
		new_flags |= VM_DONTDUMP;
		break;
	case MADV_DODUMP:
		new_flags &= ~VM_DONTDUMP;
		break;
	default:
		WARN_ON(1);
		return -EINVAL;
	}
	return vma_modify_flags(mm, &vma, start, end, new_flags);
}

/* [madvise_vma_behavior] [start, end) lies inside @vma. */
static int madvise_vma_behavior(struct mm_struct *mm, struct vm_area_struct *vma,
				unsigned long start, unsigned long end, int behavior)
{
	switch (behavior) {
	case MADV_REMOVE:
		return madvise_remove(mm, vma, start, end);
	case MADV_WILLNEED:
		return 0;
	case MADV_FREE:
		/* [madvise_free_single_vma] */
		if (!vma_is_anonymous(vma))
			return -EINVAL;
		fallthrough;
	case MADV_DONTNEED:
	case MADV_DONTNEED_LOCKED:
		if (!madvise_dontneed_valid_vma(vma, behavior))
			return -EINVAL;
		if (behavior == MADV_FREE)
			return 0;
		/* [madvise_dontneed_single_vma] one notifier pair per VMA */
		zap_page_range_single(vma, start, end, MMU_NOTIFY_CLEAR);
		return 0;
	default:
		return madvise_update_vma(mm, vma, start, end, behavior);
	}
}

/* [madvise_populate] */
static int madvise_populate(struct mm_struct *mm, unsigned long start, unsigned long end,
			    int behavior)
{
	while (start < end) {
		long pages = faultin_page_range(mm, start, end, behavior == MADV_POPULATE_WRITE);

		if (pages < 0)
			return (int)pages;
		start += pages * PAGE_SIZE;
	}
	return 0;
}

/*
 * [madvise_walk_vmas] Apply the advice to every mapped part of [start, end);
 * a hole makes the result -ENOMEM, but the mapped parts are still advised.
 * Each step looks the VMA up again by address: MADV_REMOVE drops mmap_lock.
 */
static int madvise_walk_vmas(struct mm_struct *mm, unsigned long start, unsigned long end,
			     int behavior)
{
	int unmapped_error = 0;

	for (;;) {
		struct vm_area_struct *vma = find_vma(mm, start);
		unsigned long tmp;
		int error;

		/* Still start < end. */
		if (!vma || vma->vm_start >= end)
			return -ENOMEM;
		if (start < vma->vm_start) {
			unmapped_error = -ENOMEM;
			start = vma->vm_start;
		}
		tmp = min(vma->vm_end, end);
		error = madvise_vma_behavior(mm, vma, start, tmp, behavior);
		if (error)
			return error;
		start = tmp;
		if (start >= end)
			return unmapped_error;
	}
}

int mm_madvise(struct mm_struct *mm, unsigned long start, size_t len_in, int behavior)
{
	bool write = madvise_need_mmap_write(behavior);
	unsigned long end;
	size_t len;
	int error;

	/* [is_valid_madvise] */
	if (!madvise_behavior_valid(behavior))
		return -EINVAL;
	if (!PAGE_ALIGNED(start))
		return -EINVAL;
	len = PAGE_ALIGN(len_in);
	/* Check to see whether len was rounded up from small -ve to zero */
	if (len_in && !len)
		return -EINVAL;
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;

	/* [madvise_lock] */
	if (write)
		mmap_write_lock(mm);
	else
		mmap_read_lock(mm);
	if (behavior == MADV_POPULATE_READ || behavior == MADV_POPULATE_WRITE)
		error = madvise_populate(mm, start, end, behavior);
	else
		error = madvise_walk_vmas(mm, start, end, behavior);
	if (write)
		mmap_write_unlock(mm);
	else
		mmap_read_unlock(mm);
	return error;
}
