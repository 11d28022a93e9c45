/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/page-flags.h (folio flag accessors).
 *
 * Flags live in folio->flags and are changed with atomic bit operations (the
 * __folio_set_* forms are non-atomic, for folios nobody else can see yet).
 * A freed folio has its flags poisoned (PAGE_FLAGS_POISONED, like the kernel's
 * PAGE_POISON_PATTERN with CONFIG_DEBUG_VM_PGFLAGS): every accessor checks for
 * it and reports "use-after-free" instead of answering.
 *
 * Simplified: no PageTail/compound machinery (a folio is its own head), no
 * page-type field; PG_large stands for folio_test_large().
 */
#ifndef _GMEMSIM_LINUX_PAGE_FLAGS_H
#define _GMEMSIM_LINUX_PAGE_FLAGS_H

#include <linux/mm_types.h>

enum pageflags {
	PG_locked,		/* folio_lock(): sleeping lock, owner-less */
	PG_referenced,
	PG_uptodate,		/* contents valid (zeroed or filled) */
	PG_dirty,
	PG_lru,
	PG_active,
	PG_private,		/* folio->private in use */
	PG_writeback,
	PG_large,		/* order > 0 */
	PG_swapbacked,		/* anon or shmem */
	PG_unevictable,
	PG_hwpoison,		/* memory failure hit this folio */
	PG_reserved,
	__NR_PAGEFLAGS,
};

/* A freed folio's flags; never a valid combination. */
#define PAGE_FLAGS_POISONED (~0UL)

void __folio_poisoned_report(const struct folio *folio, const char *file, int line);

/* READ_ONCE of the flags word, reporting use of a freed folio. */
#define folio_flags_read(folio)                                                        \
	({                                                                             \
		unsigned long __f = __atomic_load_n(&(folio)->flags, __ATOMIC_ACQUIRE); \
		if (unlikely(__f == PAGE_FLAGS_POISONED))                              \
			__folio_poisoned_report((folio), __FILE__, __LINE__);          \
		__f;                                                                   \
	})

static __always_inline bool __folio_test_flag(const struct folio *folio, enum pageflags bit,
					      unsigned long flags)
{
	return flags != PAGE_FLAGS_POISONED && (flags & (1UL << bit));
}

/* Atomic RMW of one flag bit; returns the old bit. */
static __always_inline bool __folio_flag_rmw(struct folio *folio, enum pageflags bit, bool set)
{
	unsigned long old;

	if (set)	/* acq_rel: PG_locked orders the critical section */
		old = __atomic_fetch_or(&folio->flags, 1UL << bit, __ATOMIC_ACQ_REL);
	else
		old = __atomic_fetch_and(&folio->flags, ~(1UL << bit), __ATOMIC_ACQ_REL);
	if (unlikely(old == PAGE_FLAGS_POISONED))
		__folio_poisoned_report(folio, __FILE__, __LINE__);
	return old & (1UL << bit);
}

#define FOLIO_FLAG(name, bit)                                                          \
	static __always_inline bool folio_test_##name(const struct folio *folio)      \
	{                                                                              \
		return __folio_test_flag(folio, bit, folio_flags_read(folio));         \
	}                                                                              \
	static __always_inline void folio_set_##name(struct folio *folio)             \
	{                                                                              \
		__folio_flag_rmw(folio, bit, true);                                    \
	}                                                                              \
	static __always_inline void folio_clear_##name(struct folio *folio)           \
	{                                                                              \
		__folio_flag_rmw(folio, bit, false);                                   \
	}                                                                              \
	static __always_inline bool folio_test_set_##name(struct folio *folio)        \
	{                                                                              \
		return __folio_flag_rmw(folio, bit, true);                             \
	}                                                                              \
	static __always_inline bool folio_test_clear_##name(struct folio *folio)      \
	{                                                                              \
		return __folio_flag_rmw(folio, bit, false);                            \
	}                                                                              \
	/* Non-atomic: only while no other actor can see the folio. */                \
	static __always_inline void __folio_set_##name(struct folio *folio)           \
	{                                                                              \
		WRITE_ONCE(folio->flags, folio->flags | (1UL << bit));                 \
	}                                                                              \
	static __always_inline void __folio_clear_##name(struct folio *folio)         \
	{                                                                              \
		WRITE_ONCE(folio->flags, folio->flags & ~(1UL << bit));                \
	}

FOLIO_FLAG(locked, PG_locked)
FOLIO_FLAG(referenced, PG_referenced)
FOLIO_FLAG(dirty, PG_dirty)
FOLIO_FLAG(lru, PG_lru)
FOLIO_FLAG(active, PG_active)
FOLIO_FLAG(private, PG_private)
FOLIO_FLAG(writeback, PG_writeback)
FOLIO_FLAG(swapbacked, PG_swapbacked)
FOLIO_FLAG(unevictable, PG_unevictable)
FOLIO_FLAG(hwpoison, PG_hwpoison)
FOLIO_FLAG(reserved, PG_reserved)

/*
 * PG_uptodate has its own accessors, as in the kernel: marking orders the
 * content initialisation before the flag, testing orders the flag before the
 * content reads.
 */
static __always_inline bool folio_test_uptodate(const struct folio *folio)
{
	/* acquire (in folio_flags_read): pairs with the release in folio_mark_uptodate */
	return __folio_test_flag(folio, PG_uptodate, folio_flags_read(folio));
}

static __always_inline void folio_mark_uptodate(struct folio *folio)
{
	/* release: the zeroing/filling of the contents happens-before the flag */
	__folio_flag_rmw(folio, PG_uptodate, true);
}

static __always_inline void __folio_mark_uptodate(struct folio *folio)
{
	WRITE_ONCE(folio->flags, folio->flags | (1UL << PG_uptodate));
}

static __always_inline void folio_clear_uptodate(struct folio *folio)
{
	__folio_flag_rmw(folio, PG_uptodate, false);
}

static __always_inline bool folio_test_large(const struct folio *folio)
{
	return __folio_test_flag(folio, PG_large, folio_flags_read(folio));
}

/* A freed folio (flags poisoned); does not report. */
static __always_inline bool folio_poisoned(const struct folio *folio)
{
	return __atomic_load_n(&folio->flags, __ATOMIC_ACQUIRE) == PAGE_FLAGS_POISONED;
}

#endif /* _GMEMSIM_LINUX_PAGE_FLAGS_H */
