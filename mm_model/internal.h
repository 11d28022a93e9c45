/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: mm/internal.h.  What mm_model files share that is not
 * the API other layers use.
 */
#ifndef _GMEMSIM_MM_MODEL_INTERNAL_H
#define _GMEMSIM_MM_MODEL_INTERNAL_H

struct folio;

/*
 * [folio_content.c] Drop @folio's contents (zero again): at allocation and
 * at free.  Storage goes after an RCU grace period; safe against a stale
 * writer publishing concurrently.
 */
void folio_content_clear(struct folio *folio);
/* At pfn-space teardown: free @folio's content storage now. */
void folio_content_destroy(struct folio *folio);

#endif /* _GMEMSIM_MM_MODEL_INTERNAL_H */
