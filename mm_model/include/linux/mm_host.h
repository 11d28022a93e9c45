/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: the system calls of a host process on its address space
 * (include/uapi/asm-generic/mman-common.h, mman.h; mm/mmap.c: ksys_mmap_pgoff,
 * vm_mmap_pgoff, do_mmap; mm/vma.c: do_vmi_munmap; mm/mprotect.c:
 * do_mprotect_pkey; mm/madvise.c: do_madvise), a user access to an hva
 * (arch/x86/mm/fault.c: do_user_addr_fault), and GUP (mm/gup.c) as KVM's
 * hva_to_pfn() uses it.
 *
 * Every call takes the process (struct mm_struct) explicitly instead of using
 * current->mm, validates its arguments in the kernel's order and returns the
 * kernel's negative errno.  mmap returns the address or a negative errno in
 * one long (IS_ERR_VALUE()).
 *
 * Simplified: no ASLR (placement is top-down from MM_MMAP_BASE), no hugetlbfs
 * (MAP_HUGETLB fails as on a host with no huge pages reserved), no THP for host
 * mappings (as CONFIG_TRANSPARENT_HUGEPAGE=n: MADV_HUGEPAGE, NOHUGEPAGE and
 * COLLAPSE are unknown advice, so EINVAL), no mlock limits, no pkeys, no fork.
 */
#ifndef _GMEMSIM_LINUX_MM_HOST_H
#define _GMEMSIM_LINUX_MM_HOST_H

#include <linux/mm_vma.h>
#include <linux/types.h>

struct file;
struct folio;

/* ---- uapi [include/uapi/asm-generic/mman-common.h, linux/mman.h] -------- */

#ifndef PROT_READ
#define PROT_NONE	0x0
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define PROT_SEM	0x8
#define PROT_GROWSDOWN	0x01000000
#define PROT_GROWSUP	0x02000000
#endif

#ifndef MAP_SHARED
#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_GROWSDOWN	0x0100
#define MAP_DENYWRITE	0x0800
#define MAP_EXECUTABLE	0x1000
#define MAP_LOCKED	0x2000
#define MAP_NORESERVE	0x4000
#define MAP_POPULATE	0x8000
#define MAP_NONBLOCK	0x10000
#define MAP_STACK	0x20000
#define MAP_HUGETLB	0x40000
#define MAP_SYNC	0x80000
#endif
#ifndef MAP_SHARED_VALIDATE
#define MAP_SHARED_VALIDATE 0x03
#endif
#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
#ifndef MAP_UNINITIALIZED
#define MAP_UNINITIALIZED 0x4000000
#endif
#define MAP_TYPE	0x0f

/* [include/linux/mman.h] flags MAP_SHARED accepts silently */
#define LEGACY_MAP_MASK (MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS | \
			 MAP_DENYWRITE | MAP_EXECUTABLE | MAP_UNINITIALIZED | \
			 MAP_GROWSDOWN | MAP_LOCKED | MAP_NORESERVE | MAP_POPULATE | \
			 MAP_NONBLOCK | MAP_STACK | MAP_HUGETLB)

#ifndef MADV_NORMAL
#define MADV_NORMAL	0
#define MADV_RANDOM	1
#define MADV_SEQUENTIAL	2
#define MADV_WILLNEED	3
#define MADV_DONTNEED	4
#endif
#ifndef MADV_FREE
#define MADV_FREE	8
#endif
#ifndef MADV_REMOVE
#define MADV_REMOVE	9
#define MADV_DONTFORK	10
#define MADV_DOFORK	11
#endif
#ifndef MADV_HUGEPAGE
#define MADV_HUGEPAGE	14
#define MADV_NOHUGEPAGE	15
#endif
#ifndef MADV_DONTDUMP
#define MADV_DONTDUMP	16
#define MADV_DODUMP	17
#endif
#ifndef MADV_WIPEONFORK
#define MADV_WIPEONFORK	18
#define MADV_KEEPONFORK	19
#endif
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ	22
#define MADV_POPULATE_WRITE	23
#endif
#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE	25
#endif

/* ---- system calls (mmap.c, madvise.c) ------------------------------------ */

/*
 * [x86 sys_mmap -> ksys_mmap_pgoff -> vm_mmap_pgoff -> do_mmap] Map @len bytes
 * at @addr (a hint unless MAP_FIXED / MAP_FIXED_NOREPLACE) of @file from byte
 * offset @off, or anonymous memory with MAP_ANONYMOUS (@file is then
 * ignored; NULL @file without it is -EBADF, the closed-fd case).  Returns the
 * address, or -EINVAL, -ENOMEM, -EEXIST, -EACCES, -ENODEV, -EOVERFLOW,
 * -EOPNOTSUPP, -EPERM, -EBADF or the file's ->mmap error.
 */
long mm_mmap(struct mm_struct *mm, unsigned long addr, unsigned long len, unsigned long prot,
	     unsigned long flags, struct file *file, unsigned long off);
/* The same with the offset in pages (mmap2 / vm_mmap_pgoff). */
long mm_mmap_pgoff(struct mm_struct *mm, unsigned long addr, unsigned long len,
		   unsigned long prot, unsigned long flags, struct file *file, unsigned long pgoff);

/* [__vm_munmap -> do_vmi_munmap] 0, -EINVAL or -ENOMEM (map count). */
int mm_munmap(struct mm_struct *mm, unsigned long start, size_t len);

/* [do_mprotect_pkey] 0, -EINVAL, -ENOMEM or -EACCES. */
int mm_mprotect(struct mm_struct *mm, unsigned long start, size_t len, unsigned long prot);

/*
 * [do_madvise] 0, -EINVAL, -ENOMEM (hole in the range), -EACCES
 * (MADV_REMOVE on a non-shared mapping), -EFAULT/-EHWPOISON (POPULATE), or
 * the fallocate error of MADV_REMOVE.
 */
int mm_madvise(struct mm_struct *mm, unsigned long start, size_t len, int behavior);

/* ---- user accesses (memory.c) ---------------------------------------------- */

/*
 * Model-only errno: the access raised SIGBUS (VM_FAULT_SIGBUS: a guest_memfd
 * page that may not be mapped, an index beyond EOF of a shared file...).  It
 * is deliberately not a Linux errno, so that it can never be confused with
 * the SIGSEGV case.
 */
#define ESIGBUS 1001
#define HOST_SIGBUS (-ESIGBUS)

/*
 * A load (@write false: *@value = the page's content word) or store (@write
 * true: the word := *@value) by the process at @hva, faulting the page in
 * from the VMA's backing as the CPU + do_user_addr_fault() would.
 * Returns 0, -EFAULT (SIGSEGV: no VMA, or the VMA forbids the access),
 * HOST_SIGBUS (VM_FAULT_SIGBUS), -EHWPOISON (VM_FAULT_HWPOISON) or -ENOMEM
 * (VM_FAULT_OOM).
 */
int host_access(struct mm_struct *mm, unsigned long hva, bool write, u64 *value);

static inline int host_read(struct mm_struct *mm, unsigned long hva, u64 *value)
{
	return host_access(mm, hva, false, value);
}

static inline int host_write(struct mm_struct *mm, unsigned long hva, u64 value)
{
	return host_access(mm, hva, true, &value);
}

/* ---- GUP (gup.c) ------------------------------------------------------------ */

/* [include/linux/mm_types.h: enum fault/gup flags] */
#define FOLL_WRITE	(1 << 0)	/* the caller will write: break COW, need RW */
#define FOLL_NOWAIT	(1 << 4)	/* no waiting for I/O (no I/O in the model) */
#define FOLL_NOFAULT	(1 << 5)	/* only what is already mapped */
#define FOLL_HWPOISON	(1 << 6)	/* report -EHWPOISON instead of -EFAULT */
#define FOLL_LONGTERM	(1 << 8)

/*
 * [get_user_page_fast_only] The lockless fast path: succeeds only if the PTE
 * is present, user-accessible and (FOLL_WRITE) writable.  Takes a folio
 * reference; *@pfnp is the page's pfn.  No mmap_lock.
 */
bool get_user_page_fast_only(struct mm_struct *mm, unsigned long addr, unsigned int gup_flags,
			     struct folio **foliop, unsigned long *pfnp);

/*
 * [get_user_pages] mmap_lock held for read.  Pin @nr_pages pages from
 * @start, faulting them in (with write intent for FOLL_WRITE).  Each
 * returned folio has one reference the caller folio_put()s; @pfns may be
 * NULL.  Returns the number pinned (> 0) or, if none could be, -EFAULT (no
 * VMA, VM_IO/VM_PFNMAP, access not allowed, SIGBUS), -EHWPOISON (with
 * FOLL_HWPOISON) or -ENOMEM.
 */
long get_user_pages(struct mm_struct *mm, unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct folio **folios, unsigned long *pfns);
/* [get_user_pages_unlocked] the same, taking mmap_lock for read itself. */
long get_user_pages_unlocked(struct mm_struct *mm, unsigned long start, unsigned long nr_pages,
			     struct folio **folios, unsigned long *pfns, unsigned int gup_flags);

/*
 * [__mm_populate] Fault in [start, start + len) as MAP_POPULATE does: write
 * faults for private writable VMAs, read faults otherwise, VMAs without
 * access skipped, errors ignored.  mmap_lock not held.
 */
void mm_populate(struct mm_struct *mm, unsigned long start, unsigned long len);
/*
 * [faultin_page_range] MADV_POPULATE_(READ|WRITE) over [start, end), mmap_lock
 * held for read: pages faulted in (> 0), or -ENOMEM (no VMA), -EINVAL
 * (VM_IO/VM_PFNMAP or access not allowed), -EFAULT (SIGBUS/SIGSEGV),
 * -EHWPOISON.
 */
long faultin_page_range(struct mm_struct *mm, unsigned long start, unsigned long end, bool write);

#endif /* _GMEMSIM_LINUX_MM_HOST_H */
