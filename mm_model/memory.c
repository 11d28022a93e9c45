// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/memory.c (page-table allocation, handle_mm_fault,
 * do_anonymous_page, do_fault, do_wp_page, zap_page_range_single,
 * unmap_mapping_range/pages/folio), mm/mprotect.c (change_protection),
 * mm/mmap.c (i_mmap linking), arch/x86/mm/fault.c (the user access).
 *
 * Simplified: one page_table_lock per mm instead of split PTE locks; only 4K
 * PTEs; tables are freed at teardown only; no shared zero page (anonymous
 * read faults allocate); no swap, no fork, so an anonymous folio has exactly
 * one PTE and copy-on-write only ever copies page-cache pages of private file
 * mappings; the mmu_gather is a fixed batch of folio references dropped once
 * the page_table_lock is released (there is no TLB to flush).
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

struct pt_dir {
	void *entry[PTRS_PER_PTE];	/* next-level table or NULL */
};

struct pt_table {
	pte_t pte[PTRS_PER_PTE];
};

/* Index shift of the PGD, PUD and PMD levels; the PTE level is PAGE_SHIFT. */
static const unsigned int pt_dir_shift[3] = { PGDIR_SHIFT, PUD_SHIFT, PMD_SHIFT };
/* Bytes of address space one missing slot at depth 0..3 stands for. */
static const unsigned int pt_span_shift[4] = { 48, PGDIR_SHIFT, PUD_SHIFT, PMD_SHIFT };

/*
 * Walk to the PTE of @addr; page_table_lock held.  NULL if a table is
 * missing: *@missing is then the empty slot and *@depth its depth (0 = the
 * PGD itself, 3 = the PTE table).
 */
static pte_t *pte_walk(struct mm_struct *mm, unsigned long addr, void ***missing,
		       unsigned int *depth)
{
	void **slot = (void **)&mm->pgd;
	struct pt_table *table;

	for (unsigned int l = 0; l < 3; l++) {
		struct pt_dir *dir = *slot;

		if (!dir) {
			*missing = slot;
			*depth = l;
			return NULL;
		}
		slot = &dir->entry[(addr >> pt_dir_shift[l]) & (PTRS_PER_PTE - 1)];
	}
	table = *slot;
	if (!table) {
		*missing = slot;
		*depth = 3;
		return NULL;
	}
	return &table->pte[(addr >> PAGE_SHIFT) & (PTRS_PER_PTE - 1)];
}

static pte_t *pte_offset(struct mm_struct *mm, unsigned long addr)
{
	unsigned int depth;
	void **missing;

	return pte_walk(mm, addr, &missing, &depth);
}

/*
 * [pte_alloc_map_lock] The PTE of @addr with page_table_lock held, allocating
 * missing tables outside the lock like __pte_alloc().  NULL (lock not held)
 * on -ENOMEM.
 */
static pte_t *pte_alloc_lock(struct mm_struct *mm, unsigned long addr)
{
	spin_lock(&mm->page_table_lock);
	for (;;) {
		unsigned int depth;
		void **missing;
		pte_t *ptep = pte_walk(mm, addr, &missing, &depth);
		size_t size;
		void *new;

		if (ptep)
			return ptep;
		spin_unlock(&mm->page_table_lock);
		size = depth == 3 ? sizeof(struct pt_table) : sizeof(struct pt_dir);
		/* [pte_alloc/pmd_alloc]: tables are pages, from the page allocator */
		new = alloc_pages_exact(size, GFP_KERNEL | __GFP_ZERO);
		if (!new)
			return NULL;
		/* tables are never freed before teardown: @missing stays valid */
		spin_lock(&mm->page_table_lock);
		if (!*missing) {
			*missing = new;
			mm->pgtables_bytes += size;
		} else {
			free_pages_exact(new, size);
		}
	}
}

/* First address after @addr not covered by the missing slot at @depth. */
static unsigned long pt_skip(unsigned long addr, unsigned int depth)
{
	unsigned long span = 1UL << pt_span_shift[depth];
	unsigned long next = ALIGN_DOWN(addr, span) + span;

	return depth == 0 || next <= addr ? ULONG_MAX : next;
}

static void pt_free_dir(struct pt_dir *dir, unsigned int depth, struct mm_struct *mm)
{
	for (unsigned int i = 0; i < PTRS_PER_PTE; i++) {
		void *next = dir->entry[i];

		if (!next)
			continue;
		if (depth == 2) {
			free_pages_exact(next, sizeof(struct pt_table));
			mm->pgtables_bytes -= sizeof(struct pt_table);
		} else {
			pt_free_dir(next, depth + 1, mm);
		}
	}
	free_pages_exact(dir, sizeof(*dir));
	mm->pgtables_bytes -= sizeof(struct pt_dir);
}

void free_pgtables(struct mm_struct *mm)
{
	spin_lock(&mm->page_table_lock);
	WARN_ON(mm->nr_ptes);
	if (mm->pgd)
		pt_free_dir(mm->pgd, 0, mm);
	mm->pgd = NULL;
	WARN_ON(mm->pgtables_bytes);
	spin_unlock(&mm->page_table_lock);
}

pte_t mm_read_pte(struct mm_struct *mm, unsigned long addr)
{
	pte_t pte = { 0 };
	pte_t *ptep;

	spin_lock(&mm->page_table_lock);
	ptep = pte_offset(mm, addr);
	if (ptep)
		pte = *ptep;
	spin_unlock(&mm->page_table_lock);
	return pte;
}

void mm_read_ptes(struct mm_struct *mm, unsigned long addr, pte_t *ptes, unsigned int nr)
{
	unsigned int i = 0;

	/* one hold for all @nr: a consistent snapshot, as one PMD read is */
	spin_lock(&mm->page_table_lock);
	while (i < nr) {
		unsigned long a = addr + (unsigned long)i * PAGE_SIZE;
		unsigned int idx = (a >> PAGE_SHIFT) & (PTRS_PER_PTE - 1);
		unsigned int n = min(nr - i, (unsigned int)PTRS_PER_PTE - idx);
		unsigned int depth;
		void **missing;
		pte_t *ptep = pte_walk(mm, a, &missing, &depth);

		/* one walk per PTE table; a missing slot covers at least the table */
		if (ptep)
			memcpy(&ptes[i], ptep, n * sizeof(*ptes));
		else
			memset(&ptes[i], 0, n * sizeof(*ptes));
		i += n;
	}
	spin_unlock(&mm->page_table_lock);
}

unsigned long mm_count_present(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long addr = start, nr = 0;

	spin_lock(&mm->page_table_lock);
	while (addr < end) {
		unsigned int depth;
		void **missing;
		pte_t *ptep = pte_walk(mm, addr, &missing, &depth);

		if (!ptep) {
			addr = pt_skip(addr, depth);
			continue;
		}
		nr += pte_present(*ptep);
		addr += PAGE_SIZE;
	}
	spin_unlock(&mm->page_table_lock);
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
 * folio reference becomes the PTE's.  page_table_lock held, PTE empty.
 */
static void set_pte_folio(struct mm_struct *mm, pte_t *ptep, struct folio *folio,
			  unsigned long pfn, bool writable, bool dirty)
{
	u64 bits = _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED;

	assert_spin_locked(&mm->page_table_lock);
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
	mm->nr_ptes++;
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

/* Clear the PTEs of [start, end) in @vma's mm; no notifiers. */
static void zap_range(struct vm_area_struct *vma, unsigned long start, unsigned long end,
		      const struct zap_details *details)
{
	struct mm_struct *mm = vma->vm_mm;
	struct zap_batch batch;
	unsigned long addr = start;

	batch.nr = 0;
	spin_lock(&mm->page_table_lock);
	while (addr < end) {
		unsigned int depth;
		void **missing;
		pte_t *ptep = pte_walk(mm, addr, &missing, &depth);
		pte_t pte;

		if (!ptep) {
			addr = pt_skip(addr, depth);
			continue;
		}
		addr += PAGE_SIZE;
		pte = *ptep;
		if (!pte_present(pte) || zap_skip(details, pte))
			continue;
		memset(ptep, 0, sizeof(*ptep));
		mm->nr_ptes--;
		percpu_counter_dec(&mm->rss_stat[pte_mm_counter(pte)]);
		pte_folio_live(pte, "zap of a stale host PTE");
		batch.folios[batch.nr] = pte_folio(pte);
		/* no memmap behind the pfn: not this space's page (reported above) */
		if (!batch.folios[batch.nr])
			continue;
		folio_sub_mapcount(batch.folios[batch.nr], 1);
		batch.dirty[batch.nr] = pte_dirty(pte) && !(pte.pte & _PAGE_SOFT_ANON);
		if (++batch.nr == ZAP_BATCH) {
			spin_unlock(&mm->page_table_lock);
			zap_batch_flush(&batch);
			spin_lock(&mm->page_table_lock);
		}
	}
	spin_unlock(&mm->page_table_lock);
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

void change_protection(struct vm_area_struct *vma, unsigned long start, unsigned long end,
		       vm_flags_t newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = start;

	spin_lock(&mm->page_table_lock);
	while (addr < end) {
		unsigned int depth;
		void **missing;
		pte_t *ptep = pte_walk(mm, addr, &missing, &depth);

		if (!ptep) {
			addr = pt_skip(addr, depth);
			continue;
		}
		addr += PAGE_SIZE;
		if (!pte_present(*ptep))
			continue;
		if (!(newflags & VM_ACCESS_FLAGS)) {
			/* PROT_NONE: present for the kernel, no user access */
			ptep->pte &= ~(_PAGE_USER | _PAGE_RW);
			continue;
		}
		ptep->pte |= _PAGE_USER;
		if (!(newflags & VM_WRITE))
			ptep->pte &= ~_PAGE_RW;
		else if (newflags & VM_SHARED)	/* shared: vm_page_prot is writable */
			ptep->pte |= _PAGE_RW;
	}
	spin_unlock(&mm->page_table_lock);
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
	pte_t *ptep;

	folio = alloc_anon_folio(mm);
	if (!folio)
		return VM_FAULT_OOM;
	ptep = pte_alloc_lock(mm, address);
	if (!ptep) {
		folio_put(folio);
		return VM_FAULT_OOM;
	}
	if (!pte_none(*ptep)) {
		/* another fault mapped it meanwhile */
		spin_unlock(&mm->page_table_lock);
		folio_put(folio);
		return 0;
	}
	set_pte_folio(mm, ptep, folio, folio_pfn(folio), vma->vm_flags & VM_WRITE,
		      flags & FAULT_FLAG_WRITE);
	spin_unlock(&mm->page_table_lock);
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
	bool replaced;

	spin_lock(&mm->page_table_lock);
	ptep = pte_offset(mm, address);
	if (!ptep || !pte_present(*ptep) || pte_write(*ptep)) {
		spin_unlock(&mm->page_table_lock);
		return 0;	/* changed meanwhile: the caller looks again */
	}
	orig = *ptep;
	if ((vma->vm_flags & VM_SHARED) || (orig.pte & _PAGE_SOFT_ANON)) {
		ptep->pte |= _PAGE_RW | _PAGE_DIRTY | _PAGE_ACCESSED;
		src = pte_folio(orig);
		folio_get(src);
		spin_unlock(&mm->page_table_lock);
		if (!(orig.pte & _PAGE_SOFT_ANON))
			folio_mark_dirty(src);
		folio_put(src);
		return 0;
	}
	src = pte_folio(orig);
	folio_get(src);		/* keeps the source alive while copying */
	spin_unlock(&mm->page_table_lock);

	new = cow_copy(mm, src, pte_folio_page(orig));
	if (!new) {
		folio_put(src);
		return VM_FAULT_OOM;
	}
	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, mm, address, address + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	spin_lock(&mm->page_table_lock);
	replaced = pte_same(*ptep, orig);
	if (replaced) {
		memset(ptep, 0, sizeof(*ptep));
		mm->nr_ptes--;
		percpu_counter_dec(&mm->rss_stat[pte_mm_counter(orig)]);
		folio_sub_mapcount(src, 1);
		set_pte_folio(mm, ptep, new, folio_pfn(new), true, true);
	}
	spin_unlock(&mm->page_table_lock);
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
	vm_fault_t ret;
	pte_t *ptep;

	if (!vma->vm_ops->fault)
		return VM_FAULT_SIGBUS;
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
	ptep = pte_alloc_lock(mm, address);
	if (!ptep) {
		ret = VM_FAULT_OOM;
		goto out_put;
	}
	if (!pte_none(*ptep)) {
		spin_unlock(&mm->page_table_lock);
		ret = 0;
		goto out_put;
	}
	/* [finish_fault] shared writable mappings get writable PTEs on read too */
	set_pte_folio(mm, ptep, install, pfn,
		      write || (vma->vm_flags & (VM_SHARED | VM_WRITE)) == (VM_SHARED | VM_WRITE),
		      write);
	spin_unlock(&mm->page_table_lock);
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
	pte_t *ptep;

	mmap_assert_locked(mm);
	address &= PAGE_MASK;
	percpu_counter_inc(&mm->nr_faults);
	/* [access_error] callers check too; a fault never grants more than the VMA */
	if (write ? !(vma->vm_flags & VM_WRITE) : !(vma->vm_flags & VM_ACCESS_FLAGS))
		return VM_FAULT_SIGSEGV;
	sched_point("handle_mm_fault");

	ptep = pte_alloc_lock(mm, address);
	if (!ptep)
		return VM_FAULT_OOM;
	if (pte_present(*ptep)) {
		bool done = !write || pte_write(*ptep);

		if (done)	/* spurious: another fault got there first */
			ptep->pte |= _PAGE_ACCESSED | (write ? _PAGE_DIRTY : 0);
		spin_unlock(&mm->page_table_lock);
		return done ? 0 : do_wp_page(vma, address);
	}
	spin_unlock(&mm->page_table_lock);
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
	pte_t *ptep;

	spin_lock(&mm->page_table_lock);
	ptep = pte_offset(mm, addr);
	if (ptep && pte_present(*ptep) && (ptep->pte & _PAGE_USER) &&
	    (!write || pte_write(*ptep)) && pte_folio_live(*ptep, "access through a stale host PTE")) {
		folio = pte_folio(*ptep);
		folio_get(folio);
		*pfnp = pte_pfn(*ptep);
		ptep->pte |= _PAGE_ACCESSED | (write ? _PAGE_DIRTY : 0);
	}
	spin_unlock(&mm->page_table_lock);
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
