// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: include/linux/page_ref.h and mm/swap.c (folio
 * references: folio_get, folio_try_get, folio_put), include/linux/mm.h's
 * VM_BUG_ON_FOLIO refcount checks, and the mapcount side of mm/rmap.c.
 *
 * Simplified against the kernel: the CONFIG_DEBUG_VM checks are always on and
 * report through the violation reporter instead of BUG(): a get on a free
 * folio, a count near overflow and a put below zero are reported as
 * "folio-refcount" and not applied, so one bug yields one report instead of a
 * double free.  Mapcount is one counter per folio (no per-page mapcount, no
 * entire/large mapcount split).
 */
#include <linux/compiler.h>

#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/page-flags.h>

void __folio_poisoned_report(const struct folio *folio, const char *file, int line)
{
	report_violation("use-after-free", "flags of a freed folio", file, line,
			 "pfn %#lx order %u", folio_pfn(folio), folio->order);
}

void folio_ref_add(struct folio *folio, int nr)
{
	/* fully ordered RMW, like the kernel's page_ref_add: a scheduling point */
	int old = atomic_fetch_add(nr, &folio->_refcount);

	if (unlikely(old <= 0)) {
		atomic_sub(nr, &folio->_refcount);
		report_violation("folio-refcount", "folio_get on a free folio", __FILE__, __LINE__,
				 "pfn %#lx refcount was %d", folio_pfn(folio), old);
	} else if (unlikely(old > FOLIO_REF_MAX - nr)) {
		atomic_sub(nr, &folio->_refcount);
		report_violation("folio-refcount", "refcount overflow", __FILE__, __LINE__,
				 "pfn %#lx refcount %d + %d", folio_pfn(folio), old, nr);
	}
}

bool folio_ref_try_add(struct folio *folio, int nr)
{
	/* add unless zero: a free (or being recycled) folio gives no reference */
	int old = atomic_read(&folio->_refcount);

	do {
		if (old <= 0)
			return false;
		if (unlikely(old > FOLIO_REF_MAX - nr)) {
			report_violation("folio-refcount", "refcount overflow", __FILE__, __LINE__,
					 "pfn %#lx refcount %d + %d", folio_pfn(folio), old, nr);
			return false;
		}
	} while (!atomic_try_cmpxchg(&folio->_refcount, &old, old + nr));
	return true;
}

bool folio_try_get(struct folio *folio)
{
	return folio_ref_try_add(folio, 1);
}

void folio_put_refs(struct folio *folio, int nr)
{
	/* fully ordered: every access through our reference precedes the free */
	int new = atomic_sub_return(nr, &folio->_refcount);

	if (likely(new > 0))
		return;
	if (unlikely(new < 0)) {
		atomic_add(nr, &folio->_refcount);
		report_violation("folio-refcount", "folio_put below zero", __FILE__, __LINE__,
				 "pfn %#lx refcount %d - %d%s", folio_pfn(folio), new + nr, nr,
				 folio_poisoned(folio) ? " (folio already freed)" : "");
		return;
	}
	__folio_free(folio);
}

void folio_add_mapcount(struct folio *folio, int nr)
{
	if (unlikely(folio_ref_count(folio) <= 0))
		report_violation("folio-mapcount", "mapping a free folio", __FILE__, __LINE__,
				 "pfn %#lx", folio_pfn(folio));
	atomic_add(nr, &folio->_mapcount);
}

void folio_sub_mapcount(struct folio *folio, int nr)
{
	int new = atomic_sub_return(nr, &folio->_mapcount);

	if (unlikely(new < 0)) {
		atomic_add(-new, &folio->_mapcount);
		report_violation("folio-mapcount", "mapcount below zero", __FILE__, __LINE__,
				 "pfn %#lx mapcount %d - %d", folio_pfn(folio), new + nr, nr);
	}
}
