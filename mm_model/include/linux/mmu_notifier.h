/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/mmu_notifier.h (mm/mmu_notifier.c).
 *
 * A secondary MMU (KVM) registers one struct mmu_notifier per VM on the host
 * mm and is told about every change that removes or downgrades host PTEs:
 * invalidate_range_start() before the page tables change, invalidate_range_end()
 * after, over exactly the affected [start, end) hva range, and release() when
 * the address space is torn down.
 *
 * Simplified against the kernel:
 *  - subscriptions are a plain list guarded by a per-mm rw_semaphore
 *    (mm->notifier_subscriptions.sem) instead of an hlist walked under a global
 *    SRCU.  Every invalidation holds it for read from before its start
 *    callbacks until after its end callbacks; registration and unregistration
 *    take it for write.  That gives what the kernel gets from SRCU plus
 *    mm_take_all_locks() in __mmu_notifier_register(): callbacks may sleep, an
 *    unregistered subscription is never called again once unregister returns,
 *    and no subscriber ever sees an end without its start.
 *  - no interval notifiers (mmu_interval_notifier), no aging callbacks
 *    (clear_flush_young & co.: the model has no reclaim), no alloc_notifier /
 *    mmu_notifier_get() reuse.
 */
#ifndef _GMEMSIM_LINUX_MMU_NOTIFIER_H
#define _GMEMSIM_LINUX_MMU_NOTIFIER_H

#include <linux/atomic.h>
#include <linux/list.h>
#include <linux/rwsem.h>
#include <linux/types.h>

struct mm_struct;
struct mmu_notifier;

/* Why the range is being invalidated [include/linux/mmu_notifier.h]. */
enum mmu_notifier_event {
	MMU_NOTIFY_UNMAP = 0,		/* munmap, MAP_FIXED replace: the VMA goes away */
	MMU_NOTIFY_CLEAR,		/* PTEs cleared, VMA stays: DONTNEED, truncation */
	MMU_NOTIFY_PROTECTION_VMA,	/* mprotect() on the VMA */
	MMU_NOTIFY_PROTECTION_PAGE,	/* write-protect of individual pages */
	MMU_NOTIFY_SOFT_DIRTY,
	MMU_NOTIFY_RELEASE,		/* exit_mmap(), after ->release */
	MMU_NOTIFY_MIGRATE,
	MMU_NOTIFY_EXCLUSIVE,
	MMU_NOTIFY_EVENT_NR,
};

/* The notifier may sleep (and so may take sleeping locks) iff this is set. */
#define MMU_NOTIFIER_RANGE_BLOCKABLE (1 << 0)

struct mmu_notifier_range {
	struct mm_struct *mm;
	unsigned long start;		/* first hva, page aligned */
	unsigned long end;		/* one past the last hva, page aligned */
	unsigned int flags;		/* MMU_NOTIFIER_RANGE_* */
	enum mmu_notifier_event event;
	void *owner;
};

struct mmu_notifier_ops {
	/*
	 * The mm is being torn down (exit_mmap) or the subscription is being
	 * unregistered while the mm is still live: drop every secondary
	 * mapping.  Called at most once per subscription.
	 */
	void (*release)(struct mmu_notifier *sub, struct mm_struct *mm);
	/*
	 * Before PTEs in @range are cleared or downgraded.  Must return 0 when
	 * the range is blockable; may return -EAGAIN otherwise.
	 */
	int (*invalidate_range_start)(struct mmu_notifier *sub,
				      const struct mmu_notifier_range *range);
	/* After the PTEs in @range changed (and the pages may be freed). */
	void (*invalidate_range_end)(struct mmu_notifier *sub,
				     const struct mmu_notifier_range *range);
};

struct mmu_notifier {
	struct list_head hlist;		/* in mm->notifier_subscriptions.list */
	const struct mmu_notifier_ops *ops;
	struct mm_struct *mm;		/* NULL until registered */
	bool released;			/* ->release already called */
};

/*
 * Per-mm subscription list [mm/mmu_notifier.c: struct mmu_notifier_subscriptions].
 * Lives embedded in struct mm_struct.
 */
struct mmu_notifier_subscriptions {
	/*
	 * Read: held across one invalidation's start..end (callbacks may sleep).
	 * Write: list changes (register, unregister, release).
	 * Lock order: mmap_lock / i_mmap_rwsem -> sem -> the subscribers' locks.
	 */
	struct rw_semaphore sem;
	struct list_head list;		/* struct mmu_notifier.hlist, under sem */
	/* statistics; atomic: invalidations run concurrently under sem (read) */
	atomic_long_t nr_range_start;
	atomic_long_t nr_range_end;
};

void mmu_notifier_subscriptions_init(struct mmu_notifier_subscriptions *subs);

/*
 * Register @sub on @mm; takes mmap_lock for write.  The subscription holds an
 * mm_count reference (mmgrab) until unregistered.  0 or -EINVAL (already
 * registered, or the mm is already torn down).
 */
int mmu_notifier_register(struct mmu_notifier *sub, struct mm_struct *mm);
/* Same, with mmap_lock already held for write. */
int __mmu_notifier_register(struct mmu_notifier *sub, struct mm_struct *mm);
/*
 * Remove @sub.  If the mm has not been torn down yet, ->release is called
 * first (the kernel does the same).  After return no callback of @sub runs.
 */
void mmu_notifier_unregister(struct mmu_notifier *sub, struct mm_struct *mm);

static inline void mmu_notifier_range_init(struct mmu_notifier_range *range,
					   enum mmu_notifier_event event, unsigned int flags,
					   struct mm_struct *mm, unsigned long start,
					   unsigned long end)
{
	range->mm = mm;
	range->start = start;
	range->end = end;
	range->flags = flags;
	range->event = event;
	range->owner = NULL;
}

static inline bool mmu_notifier_range_blockable(const struct mmu_notifier_range *range)
{
	return range->flags & MMU_NOTIFIER_RANGE_BLOCKABLE;
}

/*
 * Every start must be followed by exactly one end over the same range (the
 * model WARNs on a blockable start that fails).  The subscriptions' read lock
 * is held from start to end, so the caller must not register or unregister
 * notifiers on the same mm in between.
 */
void mmu_notifier_invalidate_range_start(struct mmu_notifier_range *range);
int mmu_notifier_invalidate_range_start_nonblock(struct mmu_notifier_range *range);
void mmu_notifier_invalidate_range_end(struct mmu_notifier_range *range);

/* exit_mmap(): call every ->release and empty the list. */
void mmu_notifier_release(struct mm_struct *mm);

const char *mmu_notifier_event_name(enum mmu_notifier_event event);

#endif /* _GMEMSIM_LINUX_MMU_NOTIFIER_H */
