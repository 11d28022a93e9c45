// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/mmap.c (do_mmap, get_unmapped_area, ksys_mmap_pgoff),
 * mm/vma.c (__mmap_region, __split_vma, do_vmi_munmap), mm/mprotect.c
 * (do_mprotect_pkey, mprotect_fixup), kernel/fork.c (mm_alloc, mmput, mmdrop)
 * and the VMA list of one host process.
 *
 * Simplified: VMAs live in an address-sorted list (not a maple tree) and are
 * never merged; placement is top-down from the fixed MM_MMAP_BASE (no ASLR,
 * no THP alignment); no hugetlbfs, mlock accounting, pkeys, overcommit
 * accounting, uprobes, userfaultfd or sealing of VMAs.  When a MAP_FIXED
 * mapping replaces existing VMAs and the file's ->mmap then fails, the old
 * range stays unmapped: the kernel's outcome once it has cleared the PTEs.
 */
#include <linux/bug.h>
#include <linux/bug_inject.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/shmem_fs.h>
#include <linux/slab.h>
#include <stdio.h>
#include <string.h>

/* ---- the VMA list ----------------------------------------------------------- */

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	mmap_assert_locked(mm);
	list_for_each_entry(vma, &mm->mmap_list, vm_list) {
		if (vma->vm_end > addr)
			return vma;
	}
	return NULL;
}

struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start,
					     unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);

	return vma && vma->vm_start < end ? vma : NULL;
}

static struct vm_area_struct *vma_next(struct mm_struct *mm, struct vm_area_struct *vma)
{
	if (vma->vm_list.next == &mm->mmap_list)
		return NULL;
	return list_next_entry(vma, vm_list);
}

/* Insert @vma in address order; mmap_lock held for write. */
static void vma_list_insert(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *next = find_vma(mm, vma->vm_start);

	mmap_assert_write_locked(mm);
	WARN_ON(next && next->vm_start < vma->vm_end);
	if (next)
		list_add_tail(&vma->vm_list, &next->vm_list);
	else
		list_add_tail(&vma->vm_list, &mm->mmap_list);
	mm->map_count++;
}

static struct vm_area_struct *vm_area_alloc(struct mm_struct *mm)
{
	struct vm_area_struct *vma = kzalloc(sizeof(*vma), GFP_KERNEL);

	if (!vma)
		return NULL;
	vma->vm_mm = mm;
	INIT_LIST_HEAD(&vma->vm_list);
	INIT_LIST_HEAD(&vma->shared);
	return vma;
}

/* [remove_vma]: ->close, drop the file, free. */
static void remove_vma(struct vm_area_struct *vma)
{
	if (vma->vm_ops && vma->vm_ops->close)
		vma->vm_ops->close(vma);
	if (vma->vm_file)
		fput(vma->vm_file);
	kfree(vma);
}

/* Take @vma out of the mm and its file's i_mmap; free it.  mmap_lock (write). */
static void vma_detach_free(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_assert_write_locked(mm);
	list_del(&vma->vm_list);
	mm->map_count--;
	mm->total_vm -= vma_pages(vma);
	if (vma->vm_file)
		vma_unlink_file(vma);
	remove_vma(vma);
}

/*
 * [__split_vma] Split @vma at @addr; @new_below: the new VMA is the lower
 * part.  The file VMA's bounds change under i_mmap_rwsem (write) because
 * truncation reads them under i_mmap_rwsem (read) without mmap_lock.
 */
static int __split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr,
		       bool new_below)
{
	struct address_space *mapping = vma->vm_file ? vma->vm_file->f_mapping : NULL;
	struct vm_area_struct *new;

	mmap_assert_write_locked(mm);
	if (WARN_ON(addr <= vma->vm_start || addr >= vma->vm_end))
		return -EINVAL;
	new = vm_area_alloc(mm);
	if (!new)
		return -ENOMEM;
	new->vm_flags = vma->vm_flags;
	new->vm_file = vma->vm_file ? get_file(vma->vm_file) : NULL;
	new->vm_ops = vma->vm_ops;
	new->vm_private_data = vma->vm_private_data;
	if (new->vm_ops && new->vm_ops->open)
		new->vm_ops->open(new);

	if (mapping)	/* bounds of a VMA on i_mmap: readers hold it shared */
		down_write(&mapping->i_mmap_rwsem);
	if (new_below) {
		new->vm_start = vma->vm_start;
		new->vm_end = addr;
		new->vm_pgoff = vma->vm_pgoff;
		vma->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
		vma->vm_start = addr;
	} else {
		new->vm_start = addr;
		new->vm_end = vma->vm_end;
		new->vm_pgoff = vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT);
		vma->vm_end = addr;
	}
	if (mapping) {
		list_add_tail(&new->shared, &mapping->i_mmap);
		if (vma_is_shared_maywrite(new))
			atomic_inc(&mapping->i_mmap_writable);
		up_write(&mapping->i_mmap_rwsem);
	}
	vma_list_insert(mm, new);
	return 0;
}

/* [split_vma] the same, refusing at vm.max_map_count (munmap checks itself) */
static int split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr,
		     bool new_below)
{
	if (mm->map_count >= mm->max_map_count)
		return -ENOMEM;
	return __split_vma(mm, vma, addr, new_below);
}

/* ---- munmap [mm/vma.c: do_vmi_munmap, do_vmi_align_munmap] ----------------- */

/*
 * Unmap [start, end), both page aligned, end > start.  One notifier pair
 * (MMU_NOTIFY_UNMAP) covers exactly [start, end), like unmap_vmas() called
 * from vms_clear_ptes() with the munmap range, and only when some VMA
 * intersects it.
 */
static int do_munmap_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	struct vm_area_struct *vma, *next, *first;
	struct mmu_notifier_range range;
	int err;

	mmap_assert_write_locked(mm);
	first = find_vma_intersection(mm, start, end);
	if (!first)
		return 0;
	/* [do_vmi_align_munmap] a split in the middle needs two more VMAs' room */
	if (start > first->vm_start) {
		if (end < first->vm_end && mm->map_count >= mm->max_map_count)
			return -ENOMEM;
		err = __split_vma(mm, first, start, true);
		if (err)
			return err;
	}
	vma = find_vma(mm, end - 1);
	if (vma && vma->vm_start < end && vma->vm_end > end) {
		err = __split_vma(mm, vma, end, true);
		if (err)
			return err;
	}

	mmu_notifier_range_init(&range, MMU_NOTIFY_UNMAP, 0, mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	for (vma = find_vma(mm, start); vma && vma->vm_start < end; vma = vma_next(mm, vma))
		zap_vma_range(vma, vma->vm_start, vma->vm_end);
	mmu_notifier_invalidate_range_end(&range);

	for (vma = find_vma(mm, start); vma && vma->vm_start < end; vma = next) {
		next = vma_next(mm, vma);
		vma_detach_free(mm, vma);
	}
	return 0;
}

/* [do_vmi_munmap] argument checks, then the unmap. */
static int do_munmap(struct mm_struct *mm, unsigned long start, size_t len)
{
	unsigned long end;

	if (offset_in_page(start) || start > TASK_SIZE || len > TASK_SIZE - start)
		return -EINVAL;
	end = start + PAGE_ALIGN(len);
	if (end == start)
		return -EINVAL;
	return do_munmap_range(mm, start, end);
}

int mm_munmap(struct mm_struct *mm, unsigned long start, size_t len)
{
	int ret;

	mmap_write_lock(mm);
	ret = do_munmap(mm, start, len);
	mmap_write_unlock(mm);
	return ret;
}

/* ---- placement [mm/mmap.c: __get_unmapped_area, arch_get_unmapped_area_topdown] */

/* Is [addr, addr + len) free of VMAs? */
static bool range_free(struct mm_struct *mm, unsigned long addr, unsigned long len)
{
	return !find_vma_intersection(mm, addr, addr + len);
}

/* [vm_unmapped_area, top-down] highest gap of @len below @high, above @low. */
static unsigned long unmapped_area_topdown(struct mm_struct *mm, unsigned long len,
					   unsigned long low, unsigned long high)
{
	unsigned long gap_end = high;
	struct list_head *pos;

	for (pos = mm->mmap_list.prev; pos != &mm->mmap_list; pos = pos->prev) {
		struct vm_area_struct *vma = list_entry(pos, struct vm_area_struct, vm_list);

		if (vma->vm_start >= gap_end)
			continue;
		if (vma->vm_end <= gap_end && gap_end - max(vma->vm_end, low) >= len &&
		    gap_end >= low + len)
			return gap_end - len;
		gap_end = vma->vm_start;
		if (gap_end < low + len)
			return -ENOMEM;
	}
	if (gap_end >= low + len)
		return gap_end - len;
	return -ENOMEM;
}

/* [vm_unmapped_area, bottom-up]: the fallback above the top-down window. */
static unsigned long unmapped_area_bottomup(struct mm_struct *mm, unsigned long len,
					    unsigned long low, unsigned long high)
{
	unsigned long addr = low;
	struct vm_area_struct *vma;

	list_for_each_entry(vma, &mm->mmap_list, vm_list) {
		if (vma->vm_end <= addr)
			continue;
		if (vma->vm_start >= addr + len)
			break;
		addr = vma->vm_end;
	}
	return addr <= high - len ? addr : (unsigned long)-ENOMEM;
}

static unsigned long get_unmapped_area(struct mm_struct *mm, unsigned long addr,
				       unsigned long len, unsigned long flags)
{
	/* [__get_unmapped_area] Careful about overflows.. */
	if (len > TASK_SIZE)
		return -ENOMEM;
	/* [arch_get_unmapped_area_topdown] */
	if (!(flags & MAP_FIXED)) {
		if (len > TASK_SIZE - MMAP_MIN_ADDR)
			return -ENOMEM;
		if (addr) {
			addr = PAGE_ALIGN(addr);
			if (TASK_SIZE - len >= addr && addr >= MMAP_MIN_ADDR &&
			    range_free(mm, addr, len))
				return addr;
		}
		addr = unmapped_area_topdown(mm, len, MMAP_MIN_ADDR, mm->mmap_base);
		if (IS_ERR_VALUE(addr))
			addr = unmapped_area_bottomup(mm, len, mm->mmap_base, TASK_SIZE);
		if (IS_ERR_VALUE(addr))
			return addr;
	}
	/* [__get_unmapped_area] */
	if (addr > TASK_SIZE - len)
		return -ENOMEM;
	if (offset_in_page(addr))
		return -EINVAL;
	/* [cap_mmap_addr] below vm.mmap_min_addr needs CAP_SYS_RAWIO */
	if (addr < MMAP_MIN_ADDR)
		return -EPERM;
	return addr;
}

/* ---- mmap [mm/mmap.c: do_mmap; mm/vma.c: __mmap_region] --------------------- */

/* [calc_vm_prot_bits] */
static vm_flags_t calc_vm_prot_bits(unsigned long prot)
{
	return (prot & PROT_READ ? VM_READ : 0) | (prot & PROT_WRITE ? VM_WRITE : 0) |
	       (prot & PROT_EXEC ? VM_EXEC : 0);
}

/* [calc_vm_flag_bits] */
static vm_flags_t calc_vm_flag_bits(unsigned long flags)
{
	return (flags & MAP_GROWSDOWN ? VM_GROWSDOWN : 0) | (flags & MAP_LOCKED ? VM_LOCKED : 0) |
	       (flags & MAP_STACK ? VM_NOHUGEPAGE : 0);
}

/* [mapping_map_writable] i_mmap_writable < 0 means writers are denied (sealed). */
static bool mapping_map_writable(struct address_space *mapping)
{
	int c = atomic_read(&mapping->i_mmap_writable);

	do {
		if (c < 0)
			return false;
	} while (!atomic_try_cmpxchg(&mapping->i_mmap_writable, &c, c + 1));
	return true;
}

static const struct vm_operations_struct dummy_vm_ops = {
	.name = "dummy",
};

/* [shmem_zero_setup] MAP_SHARED | MAP_ANONYMOUS is a mapping of a shmem file. */
static int shmem_zero_setup(struct vm_area_struct *vma)
{
	struct file *file;
	int err;

	file = shmem_file_setup("dev/zero", vma->vm_end - vma->vm_start, vma->vm_flags);
	if (IS_ERR(file))
		return PTR_ERR(file);
	vma->vm_file = file;
	err = file->f_op->mmap(file, vma);
	if (err) {
		vma->vm_file = NULL;
		fput(file);
	}
	return err;
}

/*
 * [__mmap_region] Replace whatever is at [addr, addr + len) with a new VMA.
 * The old range is unmapped first, with its notifier pair (the kernel clears
 * the old PTEs before calling the driver's ->mmap).
 */
static unsigned long mmap_region(struct mm_struct *mm, struct file *file, unsigned long addr,
				 unsigned long len, vm_flags_t vm_flags, unsigned long pgoff)
{
	struct vm_area_struct *vma;
	int err;

	err = do_munmap_range(mm, addr, addr + len);
	if (err)
		return err;
	/* [__mmap_region] map_count after the unmap */
	if (mm->map_count >= mm->max_map_count)
		return -ENOMEM;

	vma = vm_area_alloc(mm);
	if (!vma)
		return -ENOMEM;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = vm_flags;
	vma->vm_pgoff = pgoff;

	if (file) {
		bool writable = vma_is_shared_maywrite(vma);

		/* [mapping_map_writable] a F_SEAL_WRITE'd memfd denies shared writers */
		if (writable && !mapping_map_writable(file->f_mapping)) {
			err = -EPERM;
			goto free_vma;
		}
		vma->vm_file = get_file(file);
		/* [call_mmap] the file may refuse (guest_memfd: ENODEV, EINVAL) */
		err = file->f_op->mmap(file, vma);
		/* the VMA's own count is taken by vma_link_file() */
		if (writable)
			atomic_dec(&file->f_mapping->i_mmap_writable);
		if (err) {
			fput(vma->vm_file);
			vma->vm_file = NULL;
			goto free_vma;
		}
		if (!vma->vm_ops)
			vma->vm_ops = &dummy_vm_ops;
	} else if (vm_flags & VM_SHARED) {
		err = shmem_zero_setup(vma);
		if (err)
			goto free_vma;
	}

	vma_list_insert(mm, vma);
	mm->total_vm += len >> PAGE_SHIFT;
	if (vma->vm_file)
		vma_link_file(vma);
	return addr;

free_vma:
	kfree(vma);
	return err;
}

/*
 * [do_mmap] mmap_lock held for write.  Each check names the kernel function
 * it mirrors; the order is the kernel's.
 */
static unsigned long do_mmap(struct mm_struct *mm, struct file *file, unsigned long addr,
			     unsigned long len, unsigned long prot, unsigned long flags,
			     unsigned long pgoff, bool *populate)
{
	vm_flags_t vm_flags;

	mmap_assert_write_locked(mm);
	*populate = false;
	/* [do_mmap] */
	if (!len)
		return -EINVAL;
	if (flags & MAP_FIXED_NOREPLACE)
		flags |= MAP_FIXED;
	/* [round_hint_to_min] */
	if (!(flags & MAP_FIXED)) {
		addr &= PAGE_MASK;
		if (addr && addr < MMAP_MIN_ADDR)
			addr = PAGE_ALIGN(MMAP_MIN_ADDR);
	}
	/* [do_mmap] Careful about overflows.. */
	len = PAGE_ALIGN(len);
	if (!len)
		return -ENOMEM;
	/* [do_mmap] offset overflow? */
	if (pgoff + (len >> PAGE_SHIFT) < pgoff)
		return -EOVERFLOW;
	/* [do_mmap] Too many mappings? */
	if (mm->map_count > mm->max_map_count)
		return -ENOMEM;

	vm_flags = calc_vm_prot_bits(prot) | calc_vm_flag_bits(flags) | VM_MAYREAD |
		   VM_MAYWRITE | VM_MAYEXEC;

	addr = get_unmapped_area(mm, addr, len, flags);
	if (IS_ERR_VALUE(addr))
		return addr;

	/* [do_mmap] */
	if ((flags & MAP_FIXED_NOREPLACE) && find_vma_intersection(mm, addr, addr + len))
		return -EEXIST;

	if (file) {
		struct inode *inode = file_inode(file);
		unsigned long flags_mask = LEGACY_MAP_MASK;

		/* [file_mmap_ok] the file's offsets must not overflow */
		u64 maxsize = MAX_LFS_FILESIZE;

		if (len > maxsize || pgoff > (maxsize - len) >> PAGE_SHIFT)
			return -EOVERFLOW;
		switch (flags & MAP_TYPE) {
		case MAP_SHARED:
			/* unknown flags are silently ignored with plain MAP_SHARED */
			flags &= LEGACY_MAP_MASK;
			fallthrough;
		case MAP_SHARED_VALIDATE:
			if (flags & ~flags_mask)
				return -EOPNOTSUPP;
			if (prot & PROT_WRITE) {
				if (!(file->f_mode & FMODE_WRITE))
					return -EACCES;
				if (IS_SWAPFILE(inode))
					return -ETXTBSY;
			}
			/* Make sure we don't allow writing to an append-only file.. */
			if (IS_APPEND(inode) && (file->f_mode & FMODE_WRITE))
				return -EACCES;
			vm_flags |= VM_SHARED | VM_MAYSHARE;
			if (!(file->f_mode & FMODE_WRITE))
				vm_flags &= ~(VM_MAYWRITE | VM_SHARED);
			fallthrough;
		case MAP_PRIVATE:
			if (!(file->f_mode & FMODE_READ))
				return -EACCES;
			/* No VM_MAYEXEC: a later mprotect(PROT_EXEC) gets -EACCES. */
			if (path_noexec(file)) {
				if (vm_flags & VM_EXEC)
					return -EPERM;
				vm_flags &= ~VM_MAYEXEC;
			}
			if (!file->f_op->mmap)
				return -ENODEV;
			if (vm_flags & VM_GROWSDOWN)
				return -EINVAL;
			break;
		default:
			return -EINVAL;
		}
	} else {
		switch (flags & MAP_TYPE) {
		case MAP_SHARED:
			if (vm_flags & VM_GROWSDOWN)
				return -EINVAL;
			/* Ignore pgoff. */
			pgoff = 0;
			vm_flags |= VM_SHARED | VM_MAYSHARE;
			break;
		case MAP_PRIVATE:
			/* Set pgoff according to addr for anon_vma. */
			pgoff = addr >> PAGE_SHIFT;
			break;
		default:
			return -EINVAL;
		}
	}

	addr = mmap_region(mm, file, addr, len, vm_flags, pgoff);
	if (!IS_ERR_VALUE(addr) &&
	    ((vm_flags & VM_LOCKED) || (flags & (MAP_POPULATE | MAP_NONBLOCK)) == MAP_POPULATE))
		*populate = true;
	return addr;
}

/* [vm_mmap_pgoff] */
long mm_mmap_pgoff(struct mm_struct *mm, unsigned long addr, unsigned long len,
		   unsigned long prot, unsigned long flags, struct file *file, unsigned long pgoff)
{
	unsigned long ret;
	bool populate;

	/* [ksys_mmap_pgoff] */
	if (!(flags & MAP_ANONYMOUS)) {
		if (!file)
			return -EBADF;
		/* no hugetlbfs files in the model */
		if (flags & MAP_HUGETLB)
			return -EINVAL;
	} else {
		file = NULL;
		/* [hugetlb_file_setup] no huge pages reserved on the model's host */
		if (flags & MAP_HUGETLB)
			return -ENOMEM;
	}

	mmap_write_lock(mm);
	ret = do_mmap(mm, file, addr, len, prot, flags, pgoff, &populate);
	mmap_write_unlock(mm);
	if (populate)
		mm_populate(mm, ret, PAGE_ALIGN(len));
	return (long)ret;
}

/* [x86 sys_mmap] */
long mm_mmap(struct mm_struct *mm, unsigned long addr, unsigned long len, unsigned long prot,
	     unsigned long flags, struct file *file, unsigned long off)
{
	if (off & ~PAGE_MASK)
		return -EINVAL;
	return mm_mmap_pgoff(mm, addr, len, prot, flags, file, off >> PAGE_SHIFT);
}

/* ---- mprotect [mm/mprotect.c] ---------------------------------------------------- */

int vma_modify_flags(struct mm_struct *mm, struct vm_area_struct **vmap, unsigned long start,
		     unsigned long end, vm_flags_t newflags)
{
	struct vm_area_struct *vma = *vmap;
	int err;

	if (newflags == vma->vm_flags)
		return 0;
	if (start > vma->vm_start) {
		err = split_vma(mm, vma, start, true);
		if (err)
			return err;
	}
	if (end < vma->vm_end) {
		err = split_vma(mm, vma, end, false);
		if (err)
			return err;
	}
	/* WRITE_ONCE: truncation reads vm_flags under i_mmap_rwsem only */
	WRITE_ONCE(vma->vm_flags, newflags);
	return 0;
}

/*
 * [mprotect_fixup + change_protection] Give [start, end) of @vma the flags
 * @newflags.  When PTEs are present the change is bracketed by one notifier
 * pair over exactly [start, end) (MMU_NOTIFY_PROTECTION_VMA), as
 * change_pud_range() does once it finds populated tables; downgrades clear
 * the PTE bits between start and end.
 */
static int mprotect_fixup(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long start,
			  unsigned long end, vm_flags_t newflags)
{
	struct mmu_notifier_range range;
	int err;

	if (newflags == vma->vm_flags)
		return 0;
	err = vma_modify_flags(mm, &vma, start, end, newflags);
	if (err)
		return err;
	if (!mm_count_present(mm, start, end))
		return 0;
	mmu_notifier_range_init(&range, MMU_NOTIFY_PROTECTION_VMA, 0, mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	change_protection(vma, start, end, newflags);
	/*
	 * bug-zoo B14 (undoes 4cccb6221cae): PAGEMAP_SCAN ended its notifier
	 * with the range its walk had advanced to, not the one it started.
	 */
	if (bug_injected(BUG_MN_UNPAIRED_END)) {
		range.start = end;
		range.end = end + (end - start);
	}
	mmu_notifier_invalidate_range_end(&range);
	return 0;
}

/* [do_mprotect_pkey] */
int mm_mprotect(struct mm_struct *mm, unsigned long start, size_t len, unsigned long prot)
{
	const unsigned long grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP);
	struct vm_area_struct *vma;
	unsigned long end, nstart, tmp;
	int error;

	prot &= ~(PROT_GROWSDOWN | PROT_GROWSUP);
	if (grows == (PROT_GROWSDOWN | PROT_GROWSUP))	/* can't be both */
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!len)
		return 0;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end <= start)
		return -ENOMEM;
	/* [arch_validate_prot] generic: only the four PROT bits */
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM))
		return -EINVAL;

	mmap_write_lock(mm);
	error = -ENOMEM;
	vma = find_vma(mm, start);
	if (!vma || vma->vm_start >= end)
		goto out;
	if (grows & PROT_GROWSDOWN) {
		/* only a VM_GROWSDOWN VMA may be extended down to its start */
		error = -EINVAL;
		if (!(vma->vm_flags & VM_GROWSDOWN))
			goto out;
		start = vma->vm_start;
	} else if (vma->vm_start > start) {
		goto out;
	}
	if (grows & PROT_GROWSUP) {
		error = -EINVAL;	/* no VM_GROWSUP on x86 */
		goto out;
	}

	nstart = start;
	tmp = vma->vm_start;
	for (; vma && vma->vm_start < end; vma = vma_next(mm, vma)) {
		vm_flags_t newflags;

		/* [do_mprotect_pkey] a hole in the range */
		if (vma->vm_start != tmp) {
			error = -ENOMEM;
			break;
		}
		newflags = calc_vm_prot_bits(prot) | (vma->vm_flags & ~VM_ACCESS_FLAGS);
		/* newflags >> 4 shift VM_MAY% in place of VM_% */
		if ((newflags & ~(newflags >> 4)) & VM_ACCESS_FLAGS) {
			error = -EACCES;
			break;
		}
		tmp = min(vma->vm_end, end);
		error = mprotect_fixup(mm, vma, nstart, tmp, newflags);
		if (error)
			break;
		nstart = tmp;
	}
	if (!error && tmp < end)
		error = -ENOMEM;
out:
	mmap_write_unlock(mm);
	return error;
}

/* ---- lifetime [kernel/fork.c] ------------------------------------------------- */

struct mm_struct *mm_alloc(const char *name)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm), GFP_KERNEL);

	if (!mm)
		return NULL;
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	init_rwsem(&mm->mmap_lock);
	INIT_LIST_HEAD(&mm->mmap_list);
	mm->max_map_count = DEFAULT_MAX_MAP_COUNT;
	mm->mmap_base = MM_MMAP_BASE;
	spin_lock_init(&mm->page_table_lock);
	percpu_counter_init(&mm->nr_ptes, 0);
	percpu_counter_init(&mm->nr_pte_zaps, 0);
	for (int i = 0; i < NR_MM_COUNTERS; i++)
		percpu_counter_init(&mm->rss_stat[i], 0);
	percpu_counter_init(&mm->nr_faults, 0);
	percpu_counter_init(&mm->nr_gup_fast, 0);
	percpu_counter_init(&mm->nr_gup_slow, 0);
	mmu_notifier_subscriptions_init(&mm->notifier_subscriptions);
	snprintf(mm->name, sizeof(mm->name), "%s", name ? name : "mm");
	mm_owner_init(&mm->anon_owner, "anon", mm->name);
	return mm;
}

bool mmget_not_zero(struct mm_struct *mm)
{
	return atomic_inc_not_zero(&mm->mm_users);
}

/*
 * [exit_mmap] Notifier subscribers release first (KVM zaps everything), then
 * every VMA is unmapped and freed, then the page tables.
 */
static void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma, *next;

	mmu_notifier_release(mm);
	mmap_write_lock(mm);
	mm->exited = true;
	list_for_each_entry(vma, &mm->mmap_list, vm_list)
		zap_vma_range(vma, vma->vm_start, vma->vm_end);
	list_for_each_entry_safe(vma, next, &mm->mmap_list, vm_list)
		vma_detach_free(mm, vma);
	free_pgtables(mm);
	WARN_ON(get_mm_rss(mm) || mm->map_count || mm->total_vm);
	WARN_ON(mm_owner_pages(&mm->anon_owner));
	mmap_write_unlock(mm);
}

void mmput(struct mm_struct *mm)
{
	might_sleep();
	if (atomic_dec_and_test(&mm->mm_users)) {
		exit_mmap(mm);
		mmdrop(mm);
	}
}

void mmdrop(struct mm_struct *mm)
{
	if (!atomic_dec_and_test(&mm->mm_count))
		return;
	WARN_ON(atomic_read(&mm->mm_users));
	WARN_ON(!list_empty(&mm->notifier_subscriptions.list));
	kfree(mm);
}
