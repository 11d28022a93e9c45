/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: the host-process half of include/linux/mm_types.h
 * (struct mm_struct, struct vm_area_struct), include/linux/mm.h (VM_* flags,
 * vm_fault, vm_operations_struct, find_vma), include/linux/pgtable.h and
 * arch/x86/include/asm/pgtable_types.h (the page table), kernel/fork.c
 * (mm_alloc, mmput, mmgrab, mmdrop).
 *
 * The model of one host process's address space:
 *
 *  - VMAs are kept in a list sorted by address (mm->mmap_list) instead of the
 *    maple tree; find_vma() walks it.  Processes in the model have tens of
 *    VMAs, not thousands.  Adjacent compatible VMAs are never merged (the
 *    kernel merges them; only map_count differs).
 *  - The page table is a four-level radix tree like x86-64's (PGD, PUD, PMD,
 *    PTE tables of 512 entries, 48-bit addresses), allocated on first use and
 *    freed only at mm teardown (the kernel's free_pgtables() after munmap is
 *    not modelled).  Because table pages never go away while the mm lives,
 *    walks down to a PTE table are lockless and GUP-fast needs only that
 *    table's ptl.  Only 4K PTEs: there are no PMD/THP mappings in the host
 *    page table (a 2M shmem folio is mapped by 512 PTEs).
 *  - A pte_t is the x86 PTE word (present, RW, accessed, dirty bits and the
 *    pfn) plus the folio's generation at the time of mapping: 16 bytes, an
 *    8 KiB table.  The folio is found from the pfn through the memmap; with
 *    no struct page for tail pfns to lead to their head (the kernel's
 *    page_folio()), the PTE keeps the folio's order in software bits.  A
 *    present PTE owns one folio reference and one mapcount.
 *  - Split PTE locks, as x86-64 (USE_SPLIT_PTE_PTLOCKS): every PTE table has
 *    its own spinlock, the ptl, kept beside its PMD entry (memory.c: struct
 *    ptdesc) rather than in the table page's struct page; all ptls share one
 *    lockdep class.  mm->page_table_lock only populates table slots and
 *    guards pgtables_bytes and teardown.
 *  - Anonymous read faults allocate a zeroed page (there is no shared zero
 *    page), and there is no fork, so no anon_vma / rmap for anonymous pages:
 *    an anonymous folio is mapped by at most one PTE.
 *
 * Locking (outer -> inner):
 *   mm->mmap_lock -> mapping->i_mmap_rwsem -> mm->notifier_subscriptions.sem
 *   -> (notifier callbacks: kvm->mmu_lock ...) ; folio lock -> a PTE table's ptl ;
 *   mm->page_table_lock.
 * The ptls and page_table_lock are innermost and never held together; at
 * most one ptl is held at a time (range walks go table by table).  Nothing
 * sleeps and no notifier runs under them.
 */
#ifndef _GMEMSIM_LINUX_MM_VMA_H
#define _GMEMSIM_LINUX_MM_VMA_H

#include <linux/atomic.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/mmu_notifier.h>
#include <linux/percpu_counter.h>
#include <linux/rwsem.h>
#include <linux/spinlock.h>
#include <linux/types.h>

struct file;
struct folio;
struct vm_area_struct;

/* ---- VMA flags [include/linux/mm.h], x86 values ------------------------- */

typedef unsigned long vm_flags_t;

#define VM_NONE		0x00000000UL
#define VM_READ		0x00000001UL
#define VM_WRITE	0x00000002UL
#define VM_EXEC		0x00000004UL
#define VM_SHARED	0x00000008UL
#define VM_MAYREAD	0x00000010UL	/* limits for mprotect() */
#define VM_MAYWRITE	0x00000020UL
#define VM_MAYEXEC	0x00000040UL
#define VM_MAYSHARE	0x00000080UL
#define VM_GROWSDOWN	0x00000100UL
#define VM_PFNMAP	0x00000400UL
#define VM_LOCKED	0x00002000UL
#define VM_IO		0x00004000UL
#define VM_SEQ_READ	0x00008000UL	/* MADV_SEQUENTIAL */
#define VM_RAND_READ	0x00010000UL	/* MADV_RANDOM */
#define VM_DONTCOPY	0x00020000UL	/* MADV_DONTFORK */
#define VM_DONTEXPAND	0x00040000UL
#define VM_ACCOUNT	0x00100000UL
#define VM_NORESERVE	0x00200000UL
#define VM_HUGETLB	0x00400000UL
#define VM_WIPEONFORK	0x02000000UL
#define VM_DONTDUMP	0x04000000UL
#define VM_MIXEDMAP	0x10000000UL
#define VM_HUGEPAGE	0x20000000UL
#define VM_NOHUGEPAGE	0x40000000UL

#define VM_ACCESS_FLAGS (VM_READ | VM_WRITE | VM_EXEC)

/* ---- page faults [include/linux/mm_types.h, mm.h] ------------------------ */

/* vm_fault_t and VM_FAULT_* come from <linux/mm.h>. */

/* [include/linux/mm_types.h: enum fault_flag] */
#define FAULT_FLAG_WRITE	0x001
#define FAULT_FLAG_ALLOW_RETRY	0x004
#define FAULT_FLAG_USER		0x040
#define FAULT_FLAG_REMOTE	0x080	/* GUP on behalf of another context (KVM) */

/*
 * [include/linux/mm.h: struct vm_fault].  There is no struct page: a fault
 * handler returns the folio that holds page @pgoff (referenced, and locked if
 * it returns VM_FAULT_LOCKED); the page is folio page (pgoff - folio->index).
 */
struct vm_fault {
	struct vm_area_struct *vma;
	unsigned long address;		/* faulting hva, page aligned */
	pgoff_t pgoff;			/* file page index of @address */
	unsigned int flags;		/* FAULT_FLAG_* */
	struct folio *folio;		/* out: ->fault's folio */
};

/* [include/linux/mm.h: struct vm_operations_struct] */
struct vm_operations_struct {
	void (*open)(struct vm_area_struct *vma);	/* a copy was made (split) */
	void (*close)(struct vm_area_struct *vma);	/* the VMA goes away */
	vm_fault_t (*fault)(struct vm_fault *vmf);
	/*
	 * [map_pages] fault-around: map the page-cache pages of
	 * [start_pgoff, end_pgoff] that are ready, without faulting any in.
	 */
	vm_fault_t (*map_pages)(struct vm_fault *vmf, pgoff_t start_pgoff, pgoff_t end_pgoff);
	const char *name;
};

/* [filemap_map_pages] the page cache's ->map_pages (mm_model/memory.c) */
struct vm_fault;
vm_fault_t filemap_map_pages(struct vm_fault *vmf, pgoff_t start_pgoff, pgoff_t end_pgoff);

/* [include/linux/mm_types.h: struct vm_area_struct] */
struct vm_area_struct {
	unsigned long vm_start;
	unsigned long vm_end;		/* first byte after the VMA */
	struct mm_struct *vm_mm;
	vm_flags_t vm_flags;		/* VM_*; written under mmap_lock (write) */
	pgoff_t vm_pgoff;		/* file offset of vm_start in pages (anon: vm_start >> 12) */
	struct file *vm_file;		/* referenced (get_file); NULL: anonymous */
	const struct vm_operations_struct *vm_ops;
	void *vm_private_data;
	struct list_head vm_list;	/* mm->mmap_list, sorted, under mmap_lock */
	struct list_head shared;	/* mapping->i_mmap list, under i_mmap_rwsem */
};

static inline bool vma_is_anonymous(const struct vm_area_struct *vma)
{
	return !vma->vm_ops;
}

static inline unsigned long vma_pages(const struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

/* [include/linux/mm.h: is_cow_mapping] private and writable at some point */
static inline bool is_cow_mapping(vm_flags_t flags)
{
	return (flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;
}

static inline bool vma_is_shared_maywrite(const struct vm_area_struct *vma)
{
	return (vma->vm_flags & (VM_SHARED | VM_MAYWRITE)) == (VM_SHARED | VM_MAYWRITE);
}

/* ---- page table [arch/x86/include/asm/pgtable_types.h] ------------------- */

#define PTRS_PER_PTE 512
#define PGDIR_SHIFT 39

#define _PAGE_PRESENT	BIT_ULL(0)
#define _PAGE_RW	BIT_ULL(1)
#define _PAGE_USER	BIT_ULL(2)
#define _PAGE_ACCESSED	BIT_ULL(5)
#define _PAGE_DIRTY	BIT_ULL(6)
#define PTE_PFN_MASK	GENMASK_ULL(51, 12)
/* Software bits 52-56 (the MMU ignores them): order of the folio mapped. */
#define _PAGE_SOFT_ORDER_SHIFT	52
#define _PAGE_SOFT_ORDER	GENMASK_ULL(56, 52)
_Static_assert(MAX_FOLIO_ORDER < 32, "a folio order fits the PTE's software bits");

typedef struct {
	u64 pte;		/* x86 PTE word: flags, pfn, folio order */
	u64 gen;		/* folio generation when the PTE was made */
} pte_t;
_Static_assert(sizeof(pte_t) == 16, "pte_t: a PTE page of 512 entries is 8 KiB");

static inline bool pte_none(pte_t pte)
{
	return !pte.pte;
}

static inline bool pte_present(pte_t pte)
{
	return pte.pte & _PAGE_PRESENT;
}

static inline bool pte_write(pte_t pte)
{
	return pte.pte & _PAGE_RW;
}

static inline bool pte_dirty(pte_t pte)
{
	return pte.pte & _PAGE_DIRTY;
}

static inline unsigned long pte_pfn(pte_t pte)
{
	return (pte.pte & PTE_PFN_MASK) >> PAGE_SHIFT;
}

static inline unsigned int pte_folio_order(pte_t pte)
{
	return (unsigned int)((pte.pte & _PAGE_SOFT_ORDER) >> _PAGE_SOFT_ORDER_SHIFT);
}

/*
 * [vm_normal_folio, reduced]: the folio a present @pte maps a page of, the
 * memmap slot of its head.  That is the folio's struct while the PTE's
 * generation matches, and the same struct after (for the stale-PTE report).
 */
static inline struct folio *pte_folio(pte_t pte)
{
	return pfn_to_folio_slot(ALIGN_DOWN(pte_pfn(pte), 1UL << pte_folio_order(pte)));
}

/* [include/linux/mm.h] */
#define offset_in_page(p) ((unsigned long)(p) & ~PAGE_MASK)

/* ---- the address space [include/linux/mm_types.h: struct mm_struct] ----- */

/* x86-64, 4-level paging [arch/x86/include/asm/page_64_types.h] */
#define TASK_SIZE ((1UL << 47) - PAGE_SIZE)
/* Where top-down placement starts: fixed (no ASLR) so runs are deterministic. */
#define MM_MMAP_BASE 0x7f0000000000UL
/* /proc/sys/vm/mmap_min_addr as Debian and most distributions set it. */
#define MMAP_MIN_ADDR 65536UL
/* /proc/sys/vm/max_map_count default [include/linux/mm.h] */
#define DEFAULT_MAX_MAP_COUNT 65530

/* [include/linux/mm_types_task.h: rss counters] */
enum {
	MM_FILEPAGES,		/* file-backed pages mapped (page cache, not shmem) */
	MM_ANONPAGES,		/* anonymous pages mapped */
	MM_SHMEMPAGES,		/* shmem / memfd / guest_memfd pages mapped */
	NR_MM_COUNTERS,
};

struct pt_dir;			/* one 512-entry upper table (memory.c) */

struct mm_struct {
	/* users of the address space (mmget/mmput); 0 tears it down */
	atomic_t mm_users;
	/* references to the struct itself (mmgrab/mmdrop); mm_users holds one */
	atomic_t mm_count;

	/*
	 * The VMA list, each VMA's fields and map_count.  Faults, GUP and
	 * DONTNEED take it for read; mmap, munmap, mprotect and notifier
	 * registration for write.
	 */
	struct rw_semaphore mmap_lock;
	struct list_head mmap_list;	/* struct vm_area_struct, by vm_start */
	int map_count;			/* number of VMAs */
	int max_map_count;		/* sysctl vm.max_map_count for this process */
	unsigned long mmap_base;	/* top-down placement starts below this */
	unsigned long total_vm;		/* pages covered by VMAs */
	bool exited;			/* exit_mmap() ran: no more VMAs, no notifiers */

	/* Faults take mmap_lock and bump the counters below: separate lines. */
	char __pad_mmap_lock[64];

	/*
	 * Populating any slot of the table tree below pgd, pgtables_bytes and
	 * teardown; innermost.  PTEs themselves are under their table's ptl.
	 */
	spinlock_t page_table_lock;
	struct pt_dir *pgd;		/* set with a release store; walkers acquire */
	unsigned long pgtables_bytes;	/* table memory, under page_table_lock */
	/*
	 * Present PTEs, changed under the ptls of many tables: per-CPU like
	 * rss_stat; exact when the mm is quiet.
	 */
	struct percpu_counter nr_ptes;
	/*
	 * Model only: present PTEs cleared, ever (the invariant checker walks
	 * the leaves again when a host mapping went; a new one breaks none).
	 */
	struct percpu_counter nr_pte_zaps;

	/*
	 * rss: pages mapped per kind; per-CPU counters as since 6.2, so
	 * threads faulting in one mm do not share a line; summed by readers.
	 */
	struct percpu_counter rss_stat[NR_MM_COUNTERS];

	struct mmu_notifier_subscriptions notifier_subscriptions;

	/* Charged for every anonymous page of this process. */
	struct mm_owner anon_owner;

	/* statistics for tests and benchmarks (the kernel's per-CPU vm events) */
	struct percpu_counter nr_faults;	/* handle_mm_fault() calls */
	struct percpu_counter nr_gup_fast;	/* GUP satisfied by the lockless walk */
	struct percpu_counter nr_gup_slow;	/* GUP that took mmap_lock */

	char name[16];
};

static inline unsigned long get_mm_counter(struct mm_struct *mm, int member)
{
	s64 n = percpu_counter_sum(&mm->rss_stat[member]);

	/* [get_mm_counter]: a racing snapshot may be negative */
	return n < 0 ? 0 : (unsigned long)n;
}

static inline unsigned long get_mm_rss(struct mm_struct *mm)
{
	return get_mm_counter(mm, MM_FILEPAGES) + get_mm_counter(mm, MM_ANONPAGES) +
	       get_mm_counter(mm, MM_SHMEMPAGES);
}

/* ---- lifetime [kernel/fork.c] ------------------------------------------- */

/* A new empty address space (mm_users = mm_count = 1), or NULL. */
struct mm_struct *mm_alloc(const char *name);
/* Pin the address space (mm_users); fails once it is being torn down. */
bool mmget_not_zero(struct mm_struct *mm);
static inline void mmget(struct mm_struct *mm)
{
	atomic_inc(&mm->mm_users);
}
/* Drop a user; the last one runs exit_mmap(): release notifiers, unmap all. */
void mmput(struct mm_struct *mm);
/* Pin the struct only (KVM holds one for kvm->mm). */
static inline void mmgrab(struct mm_struct *mm)
{
	atomic_inc(&mm->mm_count);
}
void mmdrop(struct mm_struct *mm);

/* [mm/mmap_lock.c] */
static inline void mmap_read_lock(struct mm_struct *mm)
{
	down_read(&mm->mmap_lock);
}

static inline void mmap_read_unlock(struct mm_struct *mm)
{
	up_read(&mm->mmap_lock);
}

static inline void mmap_write_lock(struct mm_struct *mm)
{
	down_write(&mm->mmap_lock);
}

static inline void mmap_write_unlock(struct mm_struct *mm)
{
	up_write(&mm->mmap_lock);
}

static inline void mmap_assert_locked(struct mm_struct *mm)
{
	lockdep_assert_held(&mm->mmap_lock);
}

static inline void mmap_assert_write_locked(struct mm_struct *mm)
{
	lockdep_assert_held_write(&mm->mmap_lock);
}

/* ---- VMA lookup (mmap.c) ------------------------------------------------- */

/* First VMA with vm_end > @addr, or NULL.  mmap_lock held. */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
/* First VMA intersecting [start, end), or NULL.  mmap_lock held. */
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start,
					     unsigned long end);
/* The VMA containing @addr, or NULL. */
static inline struct vm_area_struct *vma_lookup(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	return vma && vma->vm_start <= addr ? vma : NULL;
}

/* ---- host page table and faults (memory.c) ------------------------------- */

/*
 * [mm/memory.c] Resolve a fault at @address in @vma; mmap_lock held for read.
 * Returns 0 when the PTE is installed (writable if FAULT_FLAG_WRITE), or
 * VM_FAULT_* error bits.  VM_FAULT_RETRY/NOPAGE mean "look again".
 */
vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
			   unsigned int flags);

/*
 * Read the PTE for @addr (its table's ptl taken inside); a zero pte_t when no
 * table covers it.  For tests and invariant checks.
 */
pte_t mm_read_pte(struct mm_struct *mm, unsigned long addr);

/*
 * The PTEs of the @nr pages from @addr into @ptes, each PTE table's under
 * one hold of its ptl (a 2M-aligned block is one snapshot, as the kernel's
 * single PMD read is); zero pte_t where no table covers a page.  For
 * host_pfn_mapping_level().
 */
void mm_read_ptes(struct mm_struct *mm, unsigned long addr, pte_t *ptes, unsigned int nr);

/*
 * [mm/memory.c: zap_page_range_single] Clear the PTEs of [start, end) in
 * @vma, dropping their folio references, bracketed by one notifier start/end
 * pair with @event.  mmap_lock held (read or write) or the VMA pinned through
 * i_mmap_rwsem.
 */
void zap_page_range_single(struct vm_area_struct *vma, unsigned long start,
			   unsigned long end, enum mmu_notifier_event event);

/* Same without notifiers: the caller brackets the range itself. */
void zap_vma_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);

/*
 * [mm/mprotect.c: change_protection] Apply @newflags to the present PTEs of
 * [start, end): no user access for PROT_NONE, _PAGE_RW cleared without
 * VM_WRITE (set again for shared writable VMAs).  The caller brackets it
 * with the notifier pair.
 */
void change_protection(struct vm_area_struct *vma, unsigned long start, unsigned long end,
		       vm_flags_t newflags);
/*
 * [mm/gup.c: follow_page_pte] The folio behind a present, user-accessible
 * (and, for @write, writable) PTE at @addr with a reference taken and
 * *@pfnp set, or NULL.  Takes the PTE table's ptl only.
 */
struct folio *mm_follow_page(struct mm_struct *mm, unsigned long addr, bool write,
			     unsigned long *pfnp);
/* Number of present PTEs in [start, end). */
unsigned long mm_count_present(struct mm_struct *mm, unsigned long start, unsigned long end);

/* Free every table; all PTEs must already be clear (exit_mmap). */
void free_pgtables(struct mm_struct *mm);

/*
 * [mm/vma.c: vma_modify_flags] Give [start, end) of @vma the flags @newflags,
 * splitting it at @start and @end as needed (-ENOMEM at vm.max_map_count).
 * mmap_lock held for write.  Returns the VMA now covering exactly
 * [start, end) through *@vmap.
 */
int vma_modify_flags(struct mm_struct *mm, struct vm_area_struct **vmap, unsigned long start,
		     unsigned long end, vm_flags_t newflags);

/* ---- file mappings (memory.c) ------------------------------------------- */

/* [mm/mmap.c] link/unlink a file VMA into its mapping's i_mmap list. */
void vma_link_file(struct vm_area_struct *vma);
void vma_unlink_file(struct vm_area_struct *vma);

#endif /* _GMEMSIM_LINUX_MM_VMA_H */
