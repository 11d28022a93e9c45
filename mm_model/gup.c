// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/gup.c (get_user_page_fast_only, __get_user_pages,
 * check_vma_flags, faultin_page, get_user_pages_unlocked, __mm_populate,
 * faultin_page_range), as KVM's hva_to_pfn() and MADV_POPULATE use them.
 *
 * Simplified: pages come back as (folio, pfn) pairs, each with one folio
 * reference (FOLL_GET semantics; FOLL_PIN is not distinguished); GUP-fast
 * takes the PTE table's ptl instead of walking with interrupts off (tables
 * are never freed while the mm lives, so this is the only difference); no
 * FOLL_FORCE, no device/PFNMAP pages (VM_IO/VM_PFNMAP VMAs fail as in the
 * kernel); no fault retry on I/O (the model has none).
 */
#include <linux/bug.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/sched.h>

bool get_user_page_fast_only(struct mm_struct *mm, unsigned long addr, unsigned int gup_flags,
			     struct folio **foliop, unsigned long *pfnp)
{
	struct folio *folio;

	folio = mm_follow_page(mm, addr & PAGE_MASK, gup_flags & FOLL_WRITE, pfnp);
	if (!folio)
		return false;
	percpu_counter_inc(&mm->nr_gup_fast);
	*foliop = folio;
	return true;
}

/* [check_vma_flags] */
static int check_vma_flags(struct vm_area_struct *vma, unsigned int gup_flags)
{
	vm_flags_t vm_flags = vma->vm_flags;

	if (vm_flags & (VM_IO | VM_PFNMAP))
		return -EFAULT;
	if (gup_flags & FOLL_WRITE) {
		if (!(vm_flags & VM_WRITE))
			return -EFAULT;
	} else if (!(vm_flags & VM_READ)) {
		return -EFAULT;
	}
	return 0;
}

/* [faultin_page + vm_fault_to_errno] */
static int faultin_page(struct vm_area_struct *vma, unsigned long addr, unsigned int gup_flags)
{
	unsigned int fault_flags = FAULT_FLAG_REMOTE;
	vm_fault_t ret;

	if (gup_flags & FOLL_WRITE)
		fault_flags |= FAULT_FLAG_WRITE;
	ret = handle_mm_fault(vma, addr, fault_flags);
	if (ret & VM_FAULT_OOM)
		return -ENOMEM;
	if (ret & VM_FAULT_HWPOISON)
		return (gup_flags & FOLL_HWPOISON) ? -EHWPOISON : -EFAULT;
	if (ret & (VM_FAULT_SIGBUS | VM_FAULT_SIGSEGV))
		return -EFAULT;
	return 0;	/* installed, or NOPAGE/RETRY: look again */
}

/*
 * [__get_user_pages] Pin one page at @addr: follow the PTE, fault until it is
 * there.  mmap_lock held for read.
 */
static int gup_one(struct mm_struct *mm, unsigned long addr, unsigned int gup_flags,
		   struct folio **foliop, unsigned long *pfnp)
{
	struct vm_area_struct *vma = vma_lookup(mm, addr);
	unsigned long pfn;
	int ret;

	if (!vma)
		return -EFAULT;
	ret = check_vma_flags(vma, gup_flags);
	if (ret)
		return ret;
	for (;;) {
		struct folio *folio = mm_follow_page(mm, addr, gup_flags & FOLL_WRITE, &pfn);

		if (folio) {
			if (foliop)
				*foliop = folio;
			else
				folio_put(folio);
			if (pfnp)
				*pfnp = pfn;
			return 0;
		}
		if (gup_flags & FOLL_NOFAULT)
			return -EFAULT;
		ret = faultin_page(vma, addr, gup_flags);
		if (ret)
			return ret;
	}
}

long get_user_pages(struct mm_struct *mm, unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct folio **folios, unsigned long *pfns)
{
	unsigned long i;
	int ret = 0;

	mmap_assert_locked(mm);
	percpu_counter_inc(&mm->nr_gup_slow);
	start &= PAGE_MASK;
	for (i = 0; i < nr_pages; i++) {
		ret = gup_one(mm, start + i * PAGE_SIZE, gup_flags, folios ? &folios[i] : NULL,
			      pfns ? &pfns[i] : NULL);
		if (ret)
			break;
	}
	return i ? (long)i : ret;
}

long get_user_pages_unlocked(struct mm_struct *mm, unsigned long start, unsigned long nr_pages,
			     struct folio **folios, unsigned long *pfns, unsigned int gup_flags)
{
	long ret;

	mmap_read_lock(mm);
	ret = get_user_pages(mm, start, nr_pages, gup_flags, folios, pfns);
	mmap_read_unlock(mm);
	return ret;
}

long faultin_page_range(struct mm_struct *mm, unsigned long start, unsigned long end, bool write)
{
	unsigned int gup_flags = write ? FOLL_WRITE : 0;
	unsigned long addr;

	mmap_assert_locked(mm);
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		struct vm_area_struct *vma = vma_lookup(mm, addr);
		int ret;

		/* [madvise_populate] -ENOMEM: no VMA */
		if (!vma)
			return addr > start ? (long)((addr - start) >> PAGE_SHIFT) : -ENOMEM;
		/* [faultin_page_range] permission problems are -EINVAL, not -EFAULT */
		if (check_vma_flags(vma, gup_flags))
			return addr > start ? (long)((addr - start) >> PAGE_SHIFT) : -EINVAL;
		ret = gup_one(mm, addr, gup_flags | FOLL_HWPOISON, NULL, NULL);
		if (ret)
			return addr > start ? (long)((addr - start) >> PAGE_SHIFT) : ret;
	}
	return (long)((end - start) >> PAGE_SHIFT);
}

void mm_populate(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	unsigned long end = start + len, addr;

	mmap_read_lock(mm);
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		struct vm_area_struct *vma = vma_lookup(mm, addr);
		unsigned int gup_flags;

		if (!vma || !(vma->vm_flags & VM_ACCESS_FLAGS))
			continue;
		/* [populate_vma_page_range] break COW up front for private writable */
		gup_flags = (vma->vm_flags & (VM_WRITE | VM_SHARED)) == VM_WRITE ? FOLL_WRITE : 0;
		if (!(vma->vm_flags & VM_READ) && !gup_flags)
			continue;
		gup_one(mm, addr, gup_flags, NULL, NULL);
	}
	mmap_read_unlock(mm);
}
