// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/memory.c (page-table allocation, handle_mm_fault,
 * do_anonymous_page, do_fault, do_wp_page, zap_page_range_single,
 * unmap_mapping_range/pages/folio), mm/mprotect.c (change_protection),
 * mm/mmap.c (i_mmap linking), arch/x86/mm/fault.c (the user access).
 *
 * Page-table locks as x86-64 with USE_SPLIT_PTE_PTLOCKS: each PTE table has
 * its own spinlock (the ptl), found from the PMD entry that points to the
 * table (pte_lockptr); every PTE is read and written under its table's ptl.
 * mm->page_table_lock only serialises populating a table slot (pmd_install,
 * __pud_alloc...), pgtables_bytes and teardown.  Walks down to the PTE table
 * are lockless, as pte_offset_map_lock's are: a slot is published with a
 * release store once the new table is zeroed and its ptl initialised, and
 * read with an acquire load.  Range walks lock one table at a time, as
 * zap_pte_range does, so no path holds two ptls (no nesting to annotate).
 *
 * A read fault on a file mapping first maps what the page cache has ready
 * in the 16 pages around it (do_fault_around -> ->map_pages), as the kernel
 * does with the default fault_around_bytes of 64K.
 *
 * Simplified: the ptl lives beside the PMD entry (struct ptdesc in the PMD
 * table) instead of in the table page's struct page, so the 8 KiB PTE table
 * stays two pages; no split PMD locks (the kernel's guard huge PMDs, which
 * the model has none of): page_table_lock populates every level; only 4K
 * PTEs; tables are freed at teardown only, so a ptl and the table it guards
 * never change under a walker and pte_offset_map_lock needs no recheck of
 * the PMD; no shared zero page (anonymous read faults allocate); no swap,
 * no fork, so an anonymous folio has exactly one PTE and copy-on-write only
 * ever copies page-cache pages of private file mappings; the mmu_gather is
 * a fixed batch of folio references dropped once the ptl is released (there
 * is no TLB to flush).
 */
#include <linux/bug.h>
#include <linux/fs.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <string.h>

/* Software PTE bits (x86 bits 9 and 10 are the OS's): which rss counter. */
#define _PAGE_SOFT_ANON		BIT_ULL(9)
#define _PAGE_SOFT_SHMEM	BIT_ULL(10)

/* A PGD or PUD table. */
struct pt_dir {
	void *entry[PTRS_PER_PTE];	/* next-level table or NULL */
};

struct pt_table {
	pte_t pte[PTRS_PER_PTE];
};

_Static_assert(sizeof(struct pt_table) == 2 * PAGE_SIZE, "a PTE table is two pages");

/*
 * [struct ptdesc, its ptl]: what the kernel keeps in a PTE table page's
 * struct page.  A cache line each, as struct pages are, so the locks of
 * two tables faulted by two threads never share a line.
 */
struct ptdesc {
	spinlock_t ptl;		/* every PTE of the one table this ptdesc describes */
} __attribute__((aligned(64)));

/* A PMD table: each entry's PTE table and, beside it, that table's ptdesc. */
struct pt_pmd {
	struct pt_table *entry[PTRS_PER_PTE];	/* PTE table or NULL */
	struct ptdesc desc[PTRS_PER_PTE];	/* initialised when entry[i] is populated */
};

/* Index shift of the PGD, PUD and PMD levels; the PTE level is PAGE_SHIFT. */
static const unsigned int pt_dir_shift[3] = { PGDIR_SHIFT, PUD_SHIFT, PMD_SHIFT };
/* Bytes of address space one missing slot at depth 0..3 stands for. */
static const unsigned int pt_span_shift[4] = { 48, PGDIR_SHIFT, PUD_SHIFT, PMD_SHIFT };
/* Size of the table that a slot at depth 0..3 points to. */
static const size_t pt_size[4] = {
	sizeof(struct pt_dir), sizeof(struct pt_dir), sizeof(struct pt_pmd), sizeof(struct pt_table)
};

static unsigned int pt_index(unsigned long addr, unsigned int shift)
{
	return (addr >> shift) & (PTRS_PER_PTE - 1);
}

/*
 * Lockless walk to the PMD table covering @addr.  NULL if a table is
 * missing: *@missing is then the empty slot and *@depth its depth (0 = the
 * PGD itself, 2 = the PMD table).
 */
static struct pt_pmd *pmd_walk(struct mm_struct *mm, unsigned long addr, void ***missing,
			       unsigned int *depth)
{
	void **slot = (void **)&mm->pgd;
	void *next;

	for (unsigned int l = 0; l < 3; l++) {
		/* pairs with pt_populate()'s release: the table is zeroed */
		next = smp_load_acquire(slot);
		if (!next) {
			*missing = slot;
			*depth = l;
			return NULL;
		}
		if (l == 2)
			break;
		slot = &((struct pt_dir *)next)->entry[pt_index(addr, pt_dir_shift[l])];
	}
	return next;
}

/* [pte_lockptr] The ptl of the PTE table @pmd maps @addr through. */
static spinlock_t *pte_lockptr(struct pt_pmd *pmd, unsigned long addr)
{
	return &pmd->desc[pt_index(addr, PMD_SHIFT)].ptl;
}

/*
 * [pte_offset_map_lock] The PTE of @addr with its table's ptl taken and
 * returned in *@ptlp.  NULL, nothing held, if a table is missing: *@missing
 * is then the empty slot and *@depth its depth (3 = the PTE table).  Tables
 * are never freed or replaced while the mm lives, so unlike the kernel there
 * is no PMD recheck after taking the ptl.
 */
static pte_t *pte_offset_map_lock(struct mm_struct *mm, unsigned long addr, spinlock_t **ptlp,
				  void ***missing, unsigned int *depth)
{
	struct pt_pmd *pmd = pmd_walk(mm, addr, missing, depth);
	struct pt_table **slot, *table;

	if (!pmd)
		return NULL;
	slot = &pmd->entry[pt_index(addr, PMD_SHIFT)];
	/* pairs with pt_populate()'s release: table zeroed, ptl initialised */
	table = smp_load_acquire(slot);
	if (!table) {
		*missing = (void **)slot;
		*depth = 3;
		return NULL;
	}
	*ptlp = pte_lockptr(pmd, addr);
	/* this table's PTEs */
	spin_lock(*ptlp);
	return &table->pte[pt_index(addr, PAGE_SHIFT)];
}

static pte_t *pte_offset_lock(struct mm_struct *mm, unsigned long addr, spinlock_t **ptlp)
{
	unsigned int depth;
	void **missing;

	return pte_offset_map_lock(mm, addr, ptlp, &missing, &depth);
}

/* [ptlock_init, from pagetable_pte_ctor]: one lock class for every ptl. */
static void ptlock_init(struct ptdesc *ptdesc)
{
	spin_lock_init(&ptdesc->ptl);
}

/*
 * [pmd_install / __pud_alloc / __pmd_alloc] Publish @new (zeroed) in the
 * empty slot @missing at @depth of @addr's walk.  page_table_lock held.
 * A PTE table gets its ptl initialised before it becomes visible.
 */
static void pt_populate(struct mm_struct *mm, unsigned long addr, void **missing,
			unsigned int depth, void *new)
{
	assert_spin_locked(&mm->page_table_lock);
	if (depth == 3) {
		unsigned int d;
		void **m;
		/* present: @missing is one of its entries */
		struct pt_pmd *pmd = pmd_walk(mm, addr, &m, &d);

		ptlock_init(&pmd->desc[pt_index(addr, PMD_SHIFT)]);
	}
	/* pairs with the walkers' acquire loads: zeroed table (and ptl) first */
	smp_store_release(missing, new);
	mm->pgtables_bytes += pt_size[depth];
}

/*
 * [pte_alloc_map_lock] The PTE of @addr with its ptl taken (*@ptlp),
 * allocating missing tables outside every lock like __pte_alloc().  NULL
 * (nothing held) on -ENOMEM.
 */
static pte_t *pte_alloc_map_lock(struct mm_struct *mm, unsigned long addr, spinlock_t **ptlp)
{
	for (;;) {
		unsigned int depth;
		void **missing;
		pte_t *ptep = pte_offset_map_lock(mm, addr, ptlp, &missing, &depth);
		void *new;

		if (ptep)
			return ptep;
		/* [pte_alloc/pmd_alloc]: tables are pages, from the page allocator */
		new = alloc_pages_exact(pt_size[depth], GFP_KERNEL | __GFP_ZERO);
		if (!new)
			return NULL;
		/* populating a slot: page_table_lock; tables never freed, @missing stays valid */
		spin_lock(&mm->page_table_lock);
		/* read under the lock that orders every store to it */
		if (!READ_ONCE(*missing)) {
			pt_populate(mm, addr, missing, depth, new);
			new = NULL;
		}
		spin_unlock(&mm->page_table_lock);
		if (new)
			free_pages_exact(new, pt_size[depth]);
	}
}

/* First address after @addr not covered by the missing slot at @depth. */
static unsigned long pt_skip(unsigned long addr, unsigned int depth)
{
	unsigned long span = 1UL << pt_span_shift[depth];
	unsigned long next = ALIGN_DOWN(addr, span) + span;

	return depth == 0 || next <= addr ? ULONG_MAX : next;
}

/* First address of the next PTE table after @addr, capped at @end (pmd_addr_end). */
static unsigned long pmd_addr_end(unsigned long addr, unsigned long end)
{
	unsigned long next = ALIGN_DOWN(addr, PMD_SIZE) + PMD_SIZE;

	return next - 1 < end - 1 ? next : end;
}

/*
 * The first PTE table at or after *@addrp below @end, with its ptl taken:
 * *@addrp moves past the holes before it, *@nextp is where the table's
 * part of the range ends.  NULL (no ptl held) when no table is left.
 */
static pte_t *pte_next_table_lock(struct mm_struct *mm, unsigned long *addrp, unsigned long end,
				  unsigned long *nextp, spinlock_t **ptlp)
{
	while (*addrp < end) {
		unsigned int depth;
		void **missing;
		pte_t *ptep = pte_offset_map_lock(mm, *addrp, ptlp, &missing, &depth);

		if (ptep) {
			*nextp = pmd_addr_end(*addrp, end);
			return ptep;
		}
		*addrp = pt_skip(*addrp, depth);
	}
	return NULL;
}

static void pt_free_pmd(struct pt_pmd *pmd, struct mm_struct *mm)
{
	for (unsigned int i = 0; i < PTRS_PER_PTE; i++) {
		if (!pmd->entry[i])
			continue;
		free_pages_exact(pmd->entry[i], sizeof(struct pt_table));
		mm->pgtables_bytes -= sizeof(struct pt_table);
	}
	free_pages_exact(pmd, sizeof(*pmd));
	mm->pgtables_bytes -= sizeof(*pmd);
}

static void pt_free_dir(struct pt_dir *dir, unsigned int depth, struct mm_struct *mm)
{
	for (unsigned int i = 0; i < PTRS_PER_PTE; i++) {
		void *next = dir->entry[i];

		if (!next)
			continue;
		if (depth == 1)
			pt_free_pmd(next, mm);
		else
			pt_free_dir(next, depth + 1, mm);
	}
	free_pages_exact(dir, sizeof(*dir));
	mm->pgtables_bytes -= sizeof(struct pt_dir);
}

void free_pgtables(struct mm_struct *mm)
{
	/* teardown: no walker is left (exit_mmap), the lock orders the frees */
	spin_lock(&mm->page_table_lock);
	WARN_ON(percpu_counter_sum(&mm->nr_ptes));
	if (mm->pgd)
		pt_free_dir(mm->pgd, 0, mm);
	mm->pgd = NULL;
	WARN_ON(mm->pgtables_bytes);
	spin_unlock(&mm->page_table_lock);
}

pte_t mm_read_pte(struct mm_struct *mm, unsigned long addr)
{
	pte_t pte = { 0 };
	spinlock_t *ptl;
	pte_t *ptep;

	ptep = pte_offset_lock(mm, addr, &ptl);
	if (ptep) {
		pte = *ptep;
		spin_unlock(ptl);
	}
	return pte;
}

void mm_read_ptes(struct mm_struct *mm, unsigned long addr, pte_t *ptes, unsigned int nr)
{
	unsigned int i = 0;

	while (i < nr) {
		unsigned long a = addr + (unsigned long)i * PAGE_SIZE;
		unsigned int idx = pt_index(a, PAGE_SHIFT);
		unsigned int n = min(nr - i, (unsigned int)PTRS_PER_PTE - idx);
		spinlock_t *ptl;
		pte_t *ptep = pte_offset_lock(mm, a, &ptl);

		/* one ptl hold per PTE table: a consistent snapshot of each table */
		if (ptep) {
			memcpy(&ptes[i], ptep, n * sizeof(*ptes));
			spin_unlock(ptl);
		} else {
			memset(&ptes[i], 0, n * sizeof(*ptes));
		}
		i += n;
	}
}

unsigned long mm_count_present(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long addr = start, next, nr = 0;
	spinlock_t *ptl;
	pte_t *ptep;

	while ((ptep = pte_next_table_lock(mm, &addr, end, &next, &ptl))) {
		/* counted under the table's ptl, one table at a time */
		for (; addr < next; addr += PAGE_SIZE, ptep++)
			nr += pte_present(*ptep);
		spin_unlock(ptl);
	}
	return nr;
}

static bool pte_same(pte_t a, pte_t b)
{
	return a.pte == b.pte && a.gen == b.gen;
}

static int pte_mm_counter(pte_t pte)
{
	if (pte.pte & _PAGE_SOFT_ANON)
		return MM_ANONPAGES;
	if (pte.pte & _PAGE_SOFT_SHMEM)
		return MM_SHMEMPAGES;
	return MM_FILEPAGES;
}

/* Page index of @pte's page inside its folio. */
static unsigned long pte_folio_page(pte_t pte)
{
	return pte_pfn(pte) & ((1UL << pte_folio_order(pte)) - 1);
}

/*
 * [set_pte_range + folio_add_*_rmap_pte] Map page @pfn of @folio; the caller's
 * folio reference becomes the PTE's.  @ptl (the PTE's table's) held, PTE empty.
 */
static void set_pte_folio(struct mm_struct *mm, pte_t *ptep, spinlock_t *ptl,
			  struct folio *folio, unsigned long pfn, bool writable, bool dirty)
{
	u64 bits = _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED;

	assert_spin_locked(ptl);
	if (writable)
		bits |= _PAGE_RW;
	if (dirty)
		bits |= _PAGE_DIRTY;
	if (!folio_mapping(folio))
		bits |= _PAGE_SOFT_ANON;
	else if (folio_test_swapbacked(folio))
		bits |= _PAGE_SOFT_SHMEM;
	bits |= (u64)folio_order(folio) << _PAGE_SOFT_ORDER_SHIFT;
	ptep->pte = bits | ((u64)pfn << PAGE_SHIFT);
	ptep->gen = folio_gen(folio);
	folio_add_mapcount(folio, 1);
	percpu_counter_inc(&mm->rss_stat[pte_mm_counter(*ptep)]);
	percpu_counter_inc(&mm->nr_ptes);
}

/* Is @pte's folio still the one it was made for?  Reports a stale PTE. */
static bool pte_folio_live(pte_t pte, const char *what)
{
	struct folio *folio = pte_folio(pte);

	if (likely(folio && folio_gen(folio) == pte.gen))
		return true;
	return pfn_check_gen(pte_pfn(pte), pte.gen, what);
}

/* ---- zap [mm/memory.c: zap_pte_range, mm/mmu_gather.c] ---------------------- */

#define ZAP_BATCH 64

/* [struct mmu_gather, reduced]: references to drop once the PTL is released. */
struct zap_batch {
	unsigned int nr;
	struct folio *folios[ZAP_BATCH];
	bool dirty[ZAP_BATCH];
};

static void zap_batch_flush(struct zap_batch *b)
{
	for (unsigned int i = 0; i < b->nr; i++) {
		if (b->dirty[i])
			folio_mark_dirty(b->folios[i]);
		folio_put(b->folios[i]);
	}
	b->nr = 0;
}

/* [struct zap_details] */
struct zap_details {
	struct folio *single_folio;	/* only PTEs of this folio */
	bool even_cows;			/* also anonymous COW copies in private maps */
};

static bool zap_skip(const struct zap_details *details, pte_t pte)
{
	if (!details)
		return false;
	if (details->single_folio && pte_folio(pte) != details->single_folio)
		return true;
	return !details->even_cows && (pte.pte & _PAGE_SOFT_ANON);
}

/*
 * [zap_pte_range] Clear the PTEs of [addr, end) inside one PTE table, @ptl
 * held; stops early (returning where) when the batch is full, as
 * zap_pte_range breaks out to flush.
 */
static unsigned long zap_pte_range(struct mm_struct *mm, pte_t *ptep, unsigned long addr,
				   unsigned long end, const struct zap_details *details,
				   struct zap_batch *batch)
{
	for (; addr < end && batch->nr < ZAP_BATCH; addr += PAGE_SIZE, ptep++) {
		pte_t pte = *ptep;

		if (!pte_present(pte) || zap_skip(details, pte))
			continue;
		memset(ptep, 0, sizeof(*ptep));
		percpu_counter_dec(&mm->nr_ptes);
		percpu_counter_inc(&mm->nr_pte_zaps);
		percpu_counter_dec(&mm->rss_stat[pte_mm_counter(pte)]);
		pte_folio_live(pte, "zap of a stale host PTE");
		batch->folios[batch->nr] = pte_folio(pte);
		/* no memmap behind the pfn: not this space's page (reported above) */
		if (!batch->folios[batch->nr])
			continue;
		folio_sub_mapcount(batch->folios[batch->nr], 1);
		batch->dirty[batch->nr] = pte_dirty(pte) && !(pte.pte & _PAGE_SOFT_ANON);
		batch->nr++;
	}
	return addr;
}

/* Clear the PTEs of [start, end) in @vma's mm, one PTE table at a time; no notifiers. */
static void zap_range(struct vm_area_struct *vma, unsigned long start, unsigned long end,
		      const struct zap_details *details)
{
	struct mm_struct *mm = vma->vm_mm;
	struct zap_batch batch;
	unsigned long addr = start, next;
	spinlock_t *ptl;
	pte_t *ptep;

	batch.nr = 0;
	while ((ptep = pte_next_table_lock(mm, &addr, end, &next, &ptl))) {
		addr = zap_pte_range(mm, ptep, addr, next, details, &batch);
		spin_unlock(ptl);
		/* references are dropped with no ptl held (tlb_flush_mmu) */
		if (batch.nr == ZAP_BATCH)
			zap_batch_flush(&batch);
	}
	zap_batch_flush(&batch);
}

void zap_vma_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	zap_range(vma, start, end, NULL);
}

static void __zap_page_range_single(struct vm_area_struct *vma, unsigned long start,
				    unsigned long end, enum mmu_notifier_event event,
				    const struct zap_details *details)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, event, 0, vma->vm_mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	zap_range(vma, start, end, details);
	mmu_notifier_invalidate_range_end(&range);
}

void zap_page_range_single(struct vm_area_struct *vma, unsigned long start, unsigned long end,
			   enum mmu_notifier_event event)
{
	__zap_page_range_single(vma, start, end, event, NULL);
}

/* ---- mprotect's PTE pass [mm/mprotect.c: change_pte_range] ------------------- */

/* New protection for one PTE; its table's ptl held. */
static void change_pte(pte_t *ptep, vm_flags_t newflags)
{
	if (!pte_present(*ptep))
		return;
	if (!(newflags & VM_ACCESS_FLAGS)) {
		/* PROT_NONE: present for the kernel, no user access */
		ptep->pte &= ~(_PAGE_USER | _PAGE_RW);
		return;
	}
	ptep->pte |= _PAGE_USER;
	if (!(newflags & VM_WRITE))
		ptep->pte &= ~_PAGE_RW;
	else if (newflags & VM_SHARED)	/* shared: vm_page_prot is writable */
		ptep->pte |= _PAGE_RW;
}

void change_protection(struct vm_area_struct *vma, unsigned long start, unsigned long end,
		       vm_flags_t newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = start, next;
	spinlock_t *ptl;
	pte_t *ptep;

	while ((ptep = pte_next_table_lock(mm, &addr, end, &next, &ptl))) {
		/* [change_pte_range] one table under its ptl */
		for (; addr < next; addr += PAGE_SIZE, ptep++)
			change_pte(ptep, newflags);
		spin_unlock(ptl);
	}
}

/* ---- faults [mm/memory.c] ------------------------------------------------------ */

static struct folio *alloc_anon_folio(struct mm_struct *mm)
{
	struct folio *folio = folio_alloc(GFP_HIGHUSER_MOVABLE, 0);

	if (!folio)
		return NULL;
	folio_charge(folio, &mm->anon_owner);
	folio_set_swapbacked(folio);
	folio_mark_uptodate(folio);
	return folio;
}

/* [do_anonymous_page] a zeroed private page (no zero page in the model). */
static vm_fault_t do_anonymous_page(struct vm_area_struct *vma, unsigned long address,
				    unsigned int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct folio *folio;
	spinlock_t *ptl;
	pte_t *ptep;

	folio = alloc_anon_folio(mm);
	if (!folio)
		return VM_FAULT_OOM;
	ptep = pte_alloc_map_lock(mm, address, &ptl);
	if (!ptep) {
		folio_put(folio);
		return VM_FAULT_OOM;
	}
	if (!pte_none(*ptep)) {
		/* another fault mapped it meanwhile */
		spin_unlock(ptl);
		folio_put(folio);
		return 0;
	}
	set_pte_folio(mm, ptep, ptl, folio, folio_pfn(folio), vma->vm_flags & VM_WRITE,
		      flags & FAULT_FLAG_WRITE);
	spin_unlock(ptl);
	return 0;
}

/* A new anonymous page holding a copy of page @idx of @src. */
static struct folio *cow_copy(struct mm_struct *mm, struct folio *src, unsigned long idx)
{
	struct folio *new = alloc_anon_folio(mm);
	u32 writer;
	u64 word;

	if (!new)
		return NULL;
	word = folio_content_peek(src, idx, &writer);
	if (word || writer)
		folio_content_write(new, 0, word);
	return new;
}

/*
 * [do_wp_page] A write to a present read-only PTE of a writable VMA: shared
 * mappings become writable in place (wp_page_shared), anonymous pages are
 * reused (always exclusive: no fork), page-cache pages of private mappings
 * are copied (wp_page_copy), with a notifier pair over the one page because
 * the PTE changes to a different pfn.
 */
static vm_fault_t do_wp_page(struct vm_area_struct *vma, unsigned long address)
{
	struct mm_struct *mm = vma->vm_mm;
	struct mmu_notifier_range range;
	struct folio *src, *new;
	pte_t *ptep, orig;
	spinlock_t *ptl;
	bool replaced;

	ptep = pte_offset_lock(mm, address, &ptl);
	if (!ptep)
		return 0;	/* no table: the caller looks again */
	if (!pte_present(*ptep) || pte_write(*ptep)) {
		spin_unlock(ptl);
		return 0;	/* changed meanwhile: the caller looks again */
	}
	orig = *ptep;
	if ((vma->vm_flags & VM_SHARED) || (orig.pte & _PAGE_SOFT_ANON)) {
		ptep->pte |= _PAGE_RW | _PAGE_DIRTY | _PAGE_ACCESSED;
		src = pte_folio(orig);
		folio_get(src);
		spin_unlock(ptl);
		if (!(orig.pte & _PAGE_SOFT_ANON))
			folio_mark_dirty(src);
		folio_put(src);
		return 0;
	}
	src = pte_folio(orig);
	folio_get(src);		/* keeps the source alive while copying */
	spin_unlock(ptl);

	new = cow_copy(mm, src, pte_folio_page(orig));
	if (!new) {
		folio_put(src);
		return VM_FAULT_OOM;
	}
	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, mm, address, address + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	/* the same table's ptl again: tables (and their ptls) outlive the mm's users */
	spin_lock(ptl);
	replaced = pte_same(*ptep, orig);
	if (replaced) {
		memset(ptep, 0, sizeof(*ptep));
		percpu_counter_dec(&mm->nr_ptes);
		percpu_counter_inc(&mm->nr_pte_zaps);
		percpu_counter_dec(&mm->rss_stat[pte_mm_counter(orig)]);
		folio_sub_mapcount(src, 1);
		set_pte_folio(mm, ptep, ptl, new, folio_pfn(new), true, true);
	}
	spin_unlock(ptl);
	mmu_notifier_invalidate_range_end(&range);
	if (replaced)
		folio_put(src);	/* the old PTE's reference */
	else
		folio_put(new);
	folio_put(src);
	return 0;
}

static pgoff_t linear_page_index(const struct vm_area_struct *vma, unsigned long address)
{
	return vma->vm_pgoff + ((address - vma->vm_start) >> PAGE_SHIFT);
}

/* [fault_around_bytes] 64K: the default of /sys/kernel/debug/fault_around_bytes */
#define FAULT_AROUND_PAGES 16

/*
 * [filemap_map_pages, reduced] Map each page of [start_pgoff, end_pgoff]
 * that the page cache holds uptodate, unlocked, not poisoned and inside
 * i_size, whose PTE is still none; never allocates or waits.  A shared
 * writable mapping gets writable PTEs, as finish_fault gives them.  Returns
 * VM_FAULT_NOPAGE if the faulting page itself got mapped.
 */
/*
 * [next_uptodate_folio] The next folio of the page cache in [*@pgoff, @end]
 * that can be mapped without waiting, referenced and locked, with *@pgoff
 * the index found; NULL when there is none.  One xa_find() over the rest of
 * the window, as the kernel's xas_next_entry() walk: an empty window (a
 * fresh file) costs one lookup, not one per page.
 */
static struct folio *next_uptodate_folio(struct address_space *mapping, pgoff_t *pgoff,
					 pgoff_t end, pgoff_t max_idx)
{
	unsigned long index = *pgoff;
	struct folio *folio;

	/* RCU: the nodes walked stay allocated; struct folio is type-stable */
	rcu_read_lock();
	for (folio = xa_find(&mapping->i_pages, &index, end, XA_PRESENT); folio;
	     folio = xa_find_after(&mapping->i_pages, &index, end, XA_PRESENT)) {
		if (index >= max_idx)
			break;
		if (!folio_try_get(folio))
			continue;
		/* still this mapping's folio at @index: the get-then-recheck */
		if (unlikely(folio != xa_load(&mapping->i_pages, index)))
			goto put;
		if (!folio_trylock(folio))
			goto put;
		if (folio_test_uptodate(folio) && !folio_test_hwpoison(folio) &&
		    folio_mapping(folio) == mapping) {
			rcu_read_unlock();
			*pgoff = index;
			return folio;
		}
		folio_unlock(folio);
put:
		folio_put(folio);
	}
	rcu_read_unlock();
	return NULL;
}

/*
 * [filemap_map_pages, reduced] Map each page of [start_pgoff, end_pgoff]
 * that the page cache holds uptodate, unlocked, not poisoned and inside
 * i_size, whose PTE is still none; never allocates or waits.  A shared
 * writable mapping gets writable PTEs, as finish_fault gives them.  Returns
 * VM_FAULT_NOPAGE if the faulting page itself got mapped.
 */
vm_fault_t filemap_map_pages(struct vm_fault *vmf, pgoff_t start_pgoff, pgoff_t end_pgoff)
{
	struct vm_area_struct *vma = vmf->vma;
	struct address_space *mapping = vma->vm_file->f_mapping;
	pgoff_t max_idx = DIV_ROUND_UP(i_size_read(mapping->host), PAGE_SIZE);
	bool writable = (vma->vm_flags & (VM_SHARED | VM_WRITE)) == (VM_SHARED | VM_WRITE);
	unsigned long start = vma->vm_start + ((start_pgoff - vma->vm_pgoff) << PAGE_SHIFT);
	pgoff_t pgoff = start_pgoff;
	vm_fault_t ret = 0;
	struct folio *folio;
	spinlock_t *ptl;
	pte_t *ptes;

	/* the window lies in one PTE table (do_fault_around clamps it): one ptl */
	ptes = pte_alloc_map_lock(vma->vm_mm, start, &ptl);
	if (!ptes)
		return 0;
	while (pgoff <= end_pgoff &&
	       (folio = next_uptodate_folio(mapping, &pgoff, end_pgoff, max_idx))) {
		pte_t *ptep = ptes + (pgoff - start_pgoff);

		if (pte_none(*ptep)) {
			/* the folio's reference moves to the PTE */
			set_pte_folio(vma->vm_mm, ptep, ptl, folio, folio_file_pfn(folio, pgoff),
				      writable, false);
			folio_unlock(folio);
			if (start + ((pgoff - start_pgoff) << PAGE_SHIFT) == vmf->address)
				ret = VM_FAULT_NOPAGE;
		} else {
			folio_unlock(folio);
			folio_put(folio);
		}
		pgoff++;
	}
	spin_unlock(ptl);
	return ret;
}

/*
 * [do_fault_around] The window of FAULT_AROUND_PAGES aligned around the
 * fault, clamped to the VMA and to the PTE table.
 */
static vm_fault_t do_fault_around(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	pgoff_t pte_off = (vmf->address >> PAGE_SHIFT) & (PTRS_PER_PTE - 1);
	pgoff_t vma_off = vmf->pgoff - vma->vm_pgoff;
	pgoff_t vma_pages = (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	pgoff_t from_pte, to_pte, back = pte_off < vma_off ? pte_off : vma_off;

	from_pte = ALIGN_DOWN(pte_off, FAULT_AROUND_PAGES);
	if (from_pte < pte_off - back)
		from_pte = pte_off - back;
	to_pte = min_t(pgoff_t, from_pte + FAULT_AROUND_PAGES, PTRS_PER_PTE);
	to_pte = min_t(pgoff_t, to_pte, pte_off + vma_pages - vma_off) - 1;
	return vma->vm_ops->map_pages(vmf, vmf->pgoff + from_pte - pte_off,
				      vmf->pgoff + to_pte - pte_off);
}

/*
 * [do_fault -> __do_fault -> do_read_fault / do_cow_fault / do_shared_fault
 * -> finish_fault] The VMA's ->fault gives the page-cache folio (or a
 * VM_FAULT_* error such as guest_memfd's SIGBUS); the PTE is installed with
 * the folio locked, so a truncation (which locks the folio to unmap and
 * remove it) either sees the PTE or makes this fault retry.
 */
static vm_fault_t do_fault(struct vm_area_struct *vma, unsigned long address, unsigned int flags)
{
	struct vm_fault vmf = {
		.vma = vma,
		.address = address,
		.pgoff = linear_page_index(vma, address),
		.flags = flags,
	};
	struct mm_struct *mm = vma->vm_mm;
	bool write = flags & FAULT_FLAG_WRITE;
	struct folio *folio, *install;
	unsigned long pfn;
	spinlock_t *ptl;
	vm_fault_t ret;
	pte_t *ptep;

	if (!vma->vm_ops->fault)
		return VM_FAULT_SIGBUS;
	/* [do_read_fault] ->map_pages first: the page may be ready in the cache */
	if (!write && vma->vm_ops->map_pages) {
		ret = do_fault_around(&vmf);
		if (ret)
			return ret;
	}
	ret = vma->vm_ops->fault(&vmf);
	if (ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY))
		return ret;
	folio = vmf.folio;
	if (!(ret & VM_FAULT_LOCKED))
		folio_lock(folio);
	/* truncated after ->fault returned it: look again */
	if (folio_mapping(folio) != vma->vm_file->f_mapping) {
		folio_unlock(folio);
		folio_put(folio);
		return VM_FAULT_NOPAGE;
	}

	install = folio;
	pfn = folio_file_pfn(folio, vmf.pgoff);
	if (write && !(vma->vm_flags & VM_SHARED)) {
		/* [do_cow_fault] */
		install = cow_copy(mm, folio, pfn - folio_pfn(folio));
		if (!install) {
			folio_unlock(folio);
			folio_put(folio);
			return VM_FAULT_OOM;
		}
		pfn = folio_pfn(install);
	}
	ptep = pte_alloc_map_lock(mm, address, &ptl);
	if (!ptep) {
		ret = VM_FAULT_OOM;
		goto out_put;
	}
	if (!pte_none(*ptep)) {
		spin_unlock(ptl);
		ret = 0;
		goto out_put;
	}
	/* [finish_fault] shared writable mappings get writable PTEs on read too */
	set_pte_folio(mm, ptep, ptl, install, pfn,
		      write || (vma->vm_flags & (VM_SHARED | VM_WRITE)) == (VM_SHARED | VM_WRITE),
		      write);
	spin_unlock(ptl);
	if (write && install == folio)
		folio_mark_dirty(folio);
	folio_unlock(folio);
	if (install != folio)
		folio_put(folio);
	return 0;

out_put:
	folio_unlock(folio);
	if (install != folio)
		folio_put(install);
	folio_put(folio);
	return ret;
}

vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
			   unsigned int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	bool write = flags & FAULT_FLAG_WRITE;
	spinlock_t *ptl;
	pte_t *ptep;

	mmap_assert_locked(mm);
	address &= PAGE_MASK;
	percpu_counter_inc(&mm->nr_faults);
	/* [access_error] callers check too; a fault never grants more than the VMA */
	if (write ? !(vma->vm_flags & VM_WRITE) : !(vma->vm_flags & VM_ACCESS_FLAGS))
		return VM_FAULT_SIGSEGV;
	sched_point("handle_mm_fault");

	ptep = pte_alloc_map_lock(mm, address, &ptl);
	if (!ptep)
		return VM_FAULT_OOM;
	if (pte_present(*ptep)) {
		bool done = !write || pte_write(*ptep);

		if (done)	/* spurious: another fault got there first */
			ptep->pte |= _PAGE_ACCESSED | (write ? _PAGE_DIRTY : 0);
		spin_unlock(ptl);
		return done ? 0 : do_wp_page(vma, address);
	}
	spin_unlock(ptl);
	if (vma_is_anonymous(vma))
		return do_anonymous_page(vma, address, flags);
	return do_fault(vma, address, flags);
}

/* ---- the user access [arch/x86/mm/fault.c: do_user_addr_fault] ---------------- */

/* Referenced folio behind a user-accessible PTE at @addr, or NULL. */
static struct folio *follow_pte_get(struct mm_struct *mm, unsigned long addr, bool write,
				    unsigned long *pfnp)
{
	struct folio *folio = NULL;
	spinlock_t *ptl;
	pte_t *ptep;

	ptep = pte_offset_lock(mm, addr, &ptl);
	if (!ptep)
		return NULL;
	if (pte_present(*ptep) && (ptep->pte & _PAGE_USER) && (!write || pte_write(*ptep)) &&
	    pte_folio_live(*ptep, "access through a stale host PTE")) {
		folio = pte_folio(*ptep);
		folio_get(folio);
		*pfnp = pte_pfn(*ptep);
		ptep->pte |= _PAGE_ACCESSED | (write ? _PAGE_DIRTY : 0);
	}
	spin_unlock(ptl);
	return folio;
}

struct folio *mm_follow_page(struct mm_struct *mm, unsigned long addr, bool write,
			     unsigned long *pfnp)
{
	return follow_pte_get(mm, addr, write, pfnp);
}

static int host_fault_errno(vm_fault_t fault)
{
	if (fault & VM_FAULT_OOM)
		return -ENOMEM;
	if (fault & VM_FAULT_HWPOISON)
		return -EHWPOISON;
	if (fault & VM_FAULT_SIGBUS)
		return HOST_SIGBUS;
	return -EFAULT;		/* SIGSEGV */
}

int host_access(struct mm_struct *mm, unsigned long hva, bool write, u64 *value)
{
	struct vm_area_struct *vma;
	struct folio *folio;
	unsigned long pfn;
	int ret = 0;

	mmap_read_lock(mm);
	vma = vma_lookup(mm, hva);
	/* [bad_area / access_error] SIGSEGV */
	if (!vma || (write ? !(vma->vm_flags & VM_WRITE) : !(vma->vm_flags & VM_ACCESS_FLAGS))) {
		ret = -EFAULT;
		goto out;
	}
	for (;;) {
		vm_fault_t fault;

		folio = follow_pte_get(mm, hva & PAGE_MASK, write, &pfn);
		if (folio)
			break;
		fault = handle_mm_fault(vma, hva, FAULT_FLAG_USER | (write ? FAULT_FLAG_WRITE : 0));
		if (fault & VM_FAULT_ERROR) {
			ret = host_fault_errno(fault);
			goto out;
		}
	}
	if (write)
		folio_content_write(folio, pfn - folio_pfn(folio), *value);
	else
		*value = folio_content_read(folio, pfn - folio_pfn(folio));
	folio_put(folio);
out:
	mmap_read_unlock(mm);
	return ret;
}

/* ---- file mappings [mm/mmap.c: __vma_link_file; mm/memory.c: unmap_mapping_*] -- */

void vma_link_file(struct vm_area_struct *vma)
{
	struct address_space *mapping = vma->vm_file->f_mapping;

	/* i_mmap and i_mmap_writable change under the rwsem (write) */
	down_write(&mapping->i_mmap_rwsem);
	list_add_tail(&vma->shared, &mapping->i_mmap);
	if (vma_is_shared_maywrite(vma))
		atomic_inc(&mapping->i_mmap_writable);
	up_write(&mapping->i_mmap_rwsem);
}

void vma_unlink_file(struct vm_area_struct *vma)
{
	struct address_space *mapping = vma->vm_file->f_mapping;

	/* i_mmap and i_mmap_writable change under the rwsem (write) */
	down_write(&mapping->i_mmap_rwsem);
	if (!list_empty(&vma->shared)) {
		list_del(&vma->shared);
		if (vma_is_shared_maywrite(vma))
			atomic_dec(&mapping->i_mmap_writable);
	}
	up_write(&mapping->i_mmap_rwsem);
}

/*
 * [unmap_mapping_range_tree] For every VMA mapping file pages [first, last]
 * zap the corresponding hva range, one notifier pair per VMA
 * (zap_page_range_single, MMU_NOTIFY_CLEAR).  The VMAs, and so their mms,
 * cannot go away while i_mmap_rwsem is held for read: munmap and exit_mmap
 * unlink them under it for write.
 */
static void unmap_mapping_range_tree(struct address_space *mapping, pgoff_t first,
				     pgoff_t last, const struct zap_details *details)
{
	struct vm_area_struct *vma;

	/* Read: the i_mmap list and each VMA's bounds stay put. */
	down_read(&mapping->i_mmap_rwsem);
	list_for_each_entry(vma, &mapping->i_mmap, shared) {
		pgoff_t vba = vma->vm_pgoff;
		pgoff_t vea = vba + vma_pages(vma) - 1;
		pgoff_t zba, zea;

		if (vea < first || vba > last)
			continue;
		zba = max(first, vba);
		zea = min(last, vea);
		__zap_page_range_single(vma, ((zba - vba) << PAGE_SHIFT) + vma->vm_start,
					((zea - vba + 1) << PAGE_SHIFT) + vma->vm_start,
					MMU_NOTIFY_CLEAR, details);
	}
	up_read(&mapping->i_mmap_rwsem);
}

void unmap_mapping_pages(struct address_space *mapping, pgoff_t start, pgoff_t nr,
			 bool even_cows)
{
	struct zap_details details = { .even_cows = even_cows };
	pgoff_t last = start + nr - 1;

	if (last < start)
		last = ULONG_MAX;
	unmap_mapping_range_tree(mapping, start, last, &details);
}

void unmap_mapping_range(struct address_space *mapping, loff_t holebegin, loff_t holelen,
			 int even_cows)
{
	pgoff_t hba = (pgoff_t)holebegin >> PAGE_SHIFT;
	pgoff_t hlen = ((pgoff_t)holelen + PAGE_SIZE - 1) >> PAGE_SHIFT;

	unmap_mapping_pages(mapping, hba, hlen, even_cows);
}

void unmap_mapping_folio(struct folio *folio)
{
	struct address_space *mapping = folio_mapping(folio);
	struct zap_details details = { .single_folio = folio, .even_cows = false };

	if (WARN_ON(!folio_test_locked(folio)) || !mapping)
		return;
	unmap_mapping_range_tree(mapping, folio_index(folio), folio_next_index(folio) - 1,
				 &details);
}
