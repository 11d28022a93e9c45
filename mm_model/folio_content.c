// SPDX-License-Identifier: GPL-2.0
/*
 * Page contents (model only: the kernel's pages hold their data; here each
 * 4K page holds one word and the id of the mm_owner that wrote it).
 * Kernel counterpart: none as code; the accesses stand for copy_to_user /
 * copy_from_user through a mapping and the guest's loads and stores, and
 * clearing stands for clear_highpage at allocation.
 *
 *  - An order-0 folio keeps its word inline (content0_word/_writer); a
 *    large folio has a set of 2M chunks, the set and each chunk allocated on
 *    first write and published with a cmpxchg;
 *  - contents are zero until written and dropped when the folio is freed
 *    or reallocated (folio_content_clear()); the storage goes after an RCU
 *    grace period, so a reader that checked a stale generation under
 *    rcu_read_lock() never touches freed memory;
 *  - a word read back by an owner other than the one that wrote it is a
 *    foreign-data violation (data crossing owners).
 */
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>

#include "mm_model/internal.h"

/* Content storage is the model's, not a kernel kmalloc: it never fails or sleeps. */
#define CONTENT_GFP (GFP_NOWAIT | __GFP_NOFAIL | __GFP_ZERO)

/* Content storage of a large folio, freed after a grace period. */
struct folio_content_set {
	struct rcu_head rcu;
	unsigned long nr_chunks;
	/*
	 * Each chunk: min(nr pages, FOLIO_CONTENT_CHUNK) words, then as many
	 * u32 writer ids (folio_content_chunk_writer()).
	 */
	u64 *chunks[];
};

static void folio_content_set_free(struct folio_content_set *set)
{
	unsigned long i;

	for (i = 0; i < set->nr_chunks; i++)
		kfree(set->chunks[i]);
	kfree(set);
}

static void folio_content_set_free_rcu(struct rcu_head *head)
{
	folio_content_set_free(container_of(head, struct folio_content_set, rcu));
}

static struct folio_content_set *folio_content_set(const struct folio *folio)
{
	/* acquire: pairs with the publishing cmpxchg in folio_content_slot() */
	return __atomic_load_n(&folio->content_set, __ATOMIC_ACQUIRE);
}

void folio_content_clear(struct folio *folio)
{
	struct folio_content_set *set;

	WRITE_ONCE(folio->content0_word, 0);
	WRITE_ONCE(folio->content0_writer, 0);
	/* xchg: a racing stale writer may be publishing; whoever loses keeps nothing */
	set = __atomic_exchange_n(&folio->content_set, NULL, __ATOMIC_ACQ_REL);
	if (set)
		call_rcu(&set->rcu, folio_content_set_free_rcu);
}

void folio_content_destroy(struct folio *folio)
{
	struct folio_content_set *set = folio_content_set(folio);

	if (set)
		folio_content_set_free(set);
}

/* A chunk's writer ids follow its @nr words. */
static u32 *folio_content_chunk_writer(u64 *chunk, unsigned long nr)
{
	return (u32 *)(chunk + min(nr, FOLIO_CONTENT_CHUNK));
}

/*
 * Where page @i's word and writer id live (false when it has no storage and
 * @alloc is false).
 */
static bool folio_content_slot(struct folio *folio, unsigned long i, bool alloc, u64 **word,
			       u32 **writer)
{
	unsigned long nr = folio_nr_pages(folio), nr_chunks, c;
	struct folio_content_set *set, *fresh, *expected_set;
	u64 *chunk, *expected;

	if (WARN_ON(i >= nr))
		return false;
	if (!folio->order) {
		*word = &folio->content0_word;
		*writer = &folio->content0_writer;
		return true;
	}
	set = folio_content_set(folio);
	if (!set) {
		if (!alloc)
			return false;
		nr_chunks = DIV_ROUND_UP(nr, FOLIO_CONTENT_CHUNK);
		fresh = kmalloc(sizeof(*fresh) + nr_chunks * sizeof(fresh->chunks[0]), CONTENT_GFP);
		fresh->nr_chunks = nr_chunks;
		expected_set = NULL;
		/* release: the zeroed set is visible before its pointer */
		if (__atomic_compare_exchange_n(&folio->content_set, &expected_set, fresh, false,
						__ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
			set = fresh;
		} else {
			kfree(fresh);
			set = expected_set;
		}
	}
	c = i / FOLIO_CONTENT_CHUNK;
	/* acquire: pairs with the publishing cmpxchg below */
	chunk = __atomic_load_n(&set->chunks[c], __ATOMIC_ACQUIRE);
	if (!chunk) {
		if (!alloc)
			return false;
		chunk = kmalloc((sizeof(u64) + sizeof(u32)) * min(nr, FOLIO_CONTENT_CHUNK),
				CONTENT_GFP);
		expected = NULL;
		/* release: the zeroed chunk is visible before its pointer */
		if (!__atomic_compare_exchange_n(&set->chunks[c], &expected, chunk, false,
						 __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
			kfree(chunk);
			chunk = expected;
		}
	}
	*word = &chunk[i % FOLIO_CONTENT_CHUNK];
	*writer = &folio_content_chunk_writer(chunk, nr)[i % FOLIO_CONTENT_CHUNK];
	return true;
}

void folio_content_write(struct folio *folio, unsigned long i, u64 word)
{
	u64 *pw;
	u32 *pid;

	if (!folio_content_slot(folio, i, true, &pw, &pid))
		return;
	/* writer id first: a racing reader pairs a new word with a new or old id */
	WRITE_ONCE(*pid, READ_ONCE(folio->owner_id));
	WRITE_ONCE(*pw, word);
}

u64 folio_content_peek(const struct folio *folio, unsigned long i, u32 *owner)
{
	u64 word, *pw;
	u32 *pid;

	if (!folio_content_slot((struct folio *)folio, i, false, &pw, &pid)) {
		if (owner)
			*owner = 0;
		return 0;
	}
	/* READ_ONCE: contents race with other actors' writes, like real memory */
	word = READ_ONCE(*pw);
	if (owner)
		*owner = READ_ONCE(*pid);
	return word;
}

u64 folio_content_read(struct folio *folio, unsigned long i)
{
	/* READ_ONCE: (un)charging races with content accesses */
	u32 owner_id = READ_ONCE(folio->owner_id), writer;
	u64 word = folio_content_peek(folio, i, &writer);

	if (word && writer && writer != owner_id)
		report_violation("foreign-data", "folio_content_read", __FILE__, __LINE__,
				 "pfn %#lx holds a word written by owner %u, read by owner %u",
				 folio_pfn(folio) + i, writer, owner_id);
	return word;
}

void folio_zero_pages(struct folio *folio, unsigned long i, unsigned long nr)
{
	unsigned long end = min(i + nr, folio_nr_pages(folio));
	u64 *pw;
	u32 *pid;

	for (; i < end; i++) {
		if (!folio_content_slot(folio, i, false, &pw, &pid))
			continue;
		WRITE_ONCE(*pw, 0);
		WRITE_ONCE(*pid, 0);
	}
}

unsigned long folio_content_nr_written(const struct folio *folio)
{
	unsigned long i, n = 0;

	for (i = 0; i < folio_nr_pages(folio); i++)
		n += folio_content_peek(folio, i, NULL) != 0;
	return n;
}

int pfn_content_access(unsigned long pfn, u64 gen, u64 *word, bool write, const char *what)
{
	struct folio *folio;
	int ret = 0;

	/* RCU: content storage of a folio freed meanwhile outlives this section */
	rcu_read_lock();
	folio = pfn_folio(pfn);
	if (!folio || folio_gen(folio) != gen) {
		ret = -EFAULT;
		goto out;
	}
	/* READ_ONCE: a racing free may recycle the struct; the recheck reports it */
	if (write)
		folio_content_write(folio, pfn - READ_ONCE(folio->pfn), *word);
	else
		*word = folio_content_read(folio, pfn - READ_ONCE(folio->pfn));
	/* the folio may have been freed while we used it: recheck its generation */
	if (folio_gen(folio) != gen)
		ret = -EFAULT;
out:
	rcu_read_unlock();
	if (ret)
		pfn_check_gen(pfn, gen, what);
	return ret;
}
