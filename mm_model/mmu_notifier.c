// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/mmu_notifier.c (registration, invalidate_range
 * start/end fan-out, release at exit_mmap).
 *
 * Simplified: the subscription list is guarded by a per-mm rw_semaphore held
 * for read across each invalidation (see linux/mmu_notifier.h) instead of
 * the kernel's global SRCU plus mm_take_all_locks() at registration; no
 * interval notifiers.
 */
#include <linux/bug.h>
#include <linux/mm_vma.h>
#include <linux/mmu_notifier.h>
#include <linux/sched.h>

static const char *const mmu_notifier_event_names[] = {
	[MMU_NOTIFY_UNMAP] = "unmap",
	[MMU_NOTIFY_CLEAR] = "clear",
	[MMU_NOTIFY_PROTECTION_VMA] = "protection_vma",
	[MMU_NOTIFY_PROTECTION_PAGE] = "protection_page",
	[MMU_NOTIFY_SOFT_DIRTY] = "soft_dirty",
	[MMU_NOTIFY_RELEASE] = "release",
	[MMU_NOTIFY_MIGRATE] = "migrate",
	[MMU_NOTIFY_EXCLUSIVE] = "exclusive",
};
_Static_assert(ARRAY_SIZE(mmu_notifier_event_names) == MMU_NOTIFY_EVENT_NR,
	       "mmu_notifier_event_names");

const char *mmu_notifier_event_name(enum mmu_notifier_event event)
{
	if ((unsigned int)event >= MMU_NOTIFY_EVENT_NR)
		return "?";
	return mmu_notifier_event_names[event];
}

void mmu_notifier_subscriptions_init(struct mmu_notifier_subscriptions *subs)
{
	init_rwsem(&subs->sem);
	INIT_LIST_HEAD(&subs->list);
	atomic_long_set(&subs->nr_range_start, 0);
	atomic_long_set(&subs->nr_range_end, 0);
}

/* [__mmu_notifier_register] mmap_lock held for write. */
int __mmu_notifier_register(struct mmu_notifier *sub, struct mm_struct *mm)
{
	struct mmu_notifier_subscriptions *subs = &mm->notifier_subscriptions;

	mmap_assert_write_locked(mm);
	if (WARN_ON(sub->mm))
		return -EINVAL;
	/* exited is written under mmap_lock (write) in exit_mmap */
	if (mm->exited)
		return -EINVAL;

	/*
	 * Write: no invalidation is between its start and end while the list
	 * changes (the kernel gets this from mm_take_all_locks()).
	 */
	down_write(&subs->sem);
	mmgrab(mm);
	sub->mm = mm;
	sub->released = false;
	list_add_tail(&sub->hlist, &subs->list);
	up_write(&subs->sem);
	return 0;
}

int mmu_notifier_register(struct mmu_notifier *sub, struct mm_struct *mm)
{
	int ret;

	mmap_write_lock(mm);
	ret = __mmu_notifier_register(sub, mm);
	mmap_write_unlock(mm);
	return ret;
}

/*
 * [mmu_notifier_unregister] Like the kernel: a subscription unregistered
 * before exit_mmap() gets its ->release now, so the secondary MMU drops
 * everything it mapped from this mm.
 */
void mmu_notifier_unregister(struct mmu_notifier *sub, struct mm_struct *mm)
{
	struct mmu_notifier_subscriptions *subs = &mm->notifier_subscriptions;

	might_sleep();
	if (WARN_ON(sub->mm != mm))
		return;
	/* Write: waits out every invalidation in flight, blocks new ones. */
	down_write(&subs->sem);
	if (!sub->released) {
		sub->released = true;
		if (sub->ops->release)
			sub->ops->release(sub, mm);
		list_del(&sub->hlist);
	}
	up_write(&subs->sem);
	sub->mm = NULL;
	mmdrop(mm);
}

/*
 * [__mmu_notifier_release] exit_mmap(): every subscriber drops its secondary
 * mappings; the list is emptied so that the unmapping that follows notifies
 * nobody, as in the kernel.
 */
void mmu_notifier_release(struct mm_struct *mm)
{
	struct mmu_notifier_subscriptions *subs = &mm->notifier_subscriptions;
	struct mmu_notifier *sub, *tmp;

	/* Write: excludes invalidations and unregistration while emptying. */
	down_write(&subs->sem);
	list_for_each_entry_safe(sub, tmp, &subs->list, hlist) {
		sub->released = true;
		if (sub->ops->release)
			sub->ops->release(sub, mm);
		list_del(&sub->hlist);
	}
	up_write(&subs->sem);
}

/*
 * Call ->invalidate_range_start of every subscriber.  On failure (only
 * allowed for a non-blockable range) the subscribers already started get
 * their end, as [mn_hlist_invalidate_range_start] does, and the read lock is
 * dropped.
 */
static int mn_invalidate_range_start(struct mmu_notifier_range *range)
{
	struct mmu_notifier_subscriptions *subs = &range->mm->notifier_subscriptions;
	struct mmu_notifier *sub, *failed = NULL;
	int ret = 0;

	if (WARN_ON(range->start >= range->end || !PAGE_ALIGNED(range->start) ||
		    !PAGE_ALIGNED(range->end)))
		return 0;
	/* Read: held until the matching end; callbacks may sleep. */
	down_read(&subs->sem);
	atomic_long_inc(&subs->nr_range_start);
	list_for_each_entry(sub, &subs->list, hlist) {
		int r;

		if (!sub->ops->invalidate_range_start)
			continue;
		r = sub->ops->invalidate_range_start(sub, range);
		if (!r)
			continue;
		WARN_ON(mmu_notifier_range_blockable(range) || r != -EAGAIN);
		failed = sub;
		ret = r;
		break;
	}
	if (!failed)
		return 0;
	list_for_each_entry(sub, &subs->list, hlist) {
		if (sub == failed)
			break;
		if (sub->ops->invalidate_range_end)
			sub->ops->invalidate_range_end(sub, range);
	}
	atomic_long_inc(&subs->nr_range_end);
	up_read(&subs->sem);
	return ret;
}

void mmu_notifier_invalidate_range_start(struct mmu_notifier_range *range)
{
	might_sleep();
	range->flags |= MMU_NOTIFIER_RANGE_BLOCKABLE;
	mn_invalidate_range_start(range);
}

int mmu_notifier_invalidate_range_start_nonblock(struct mmu_notifier_range *range)
{
	range->flags &= ~MMU_NOTIFIER_RANGE_BLOCKABLE;
	return mn_invalidate_range_start(range);
}

void mmu_notifier_invalidate_range_end(struct mmu_notifier_range *range)
{
	struct mmu_notifier_subscriptions *subs = &range->mm->notifier_subscriptions;
	struct mmu_notifier *sub;

	if (WARN_ON(range->start >= range->end || !PAGE_ALIGNED(range->start) ||
		    !PAGE_ALIGNED(range->end)))
		return;
	lockdep_assert_held_read(&subs->sem);
	list_for_each_entry(sub, &subs->list, hlist) {
		if (sub->ops->invalidate_range_end)
			sub->ops->invalidate_range_end(sub, range);
	}
	atomic_long_inc(&subs->nr_range_end);
	/* Pairs with the down_read() in the start. */
	up_read(&subs->sem);
}
