// SPDX-License-Identifier: GPL-2.0
/* gmemsim-test-layer: mm */
/*
 * GUP as KVM's hva_to_pfn() uses it: the fast path only succeeds on present
 * PTEs, the slow path faults in under mmap_lock, EFAULT with no VMA or a
 * read-only VMA on write, references taken and returned (refcount before and
 * after), calls counted.
 */
#include "mm_host_test.h"

#include <fcntl.h>

static void test_gup_refcount_and_counts(void **state)
{
	struct mm_struct *mm = mm_alloc("gup");
	unsigned long a, pfn, pfn2;
	struct folio *folio, *folio2;
	int ref;

	a = map_anon(mm, 4 * P, PROT_READ | PROT_WRITE);
	/* not mapped yet: the fast path fails, the slow path faults in */
	assert_false(get_user_page_fast_only(mm, a, FOLL_WRITE, &folio, &pfn));
	assert_int_equal(get_user_pages_unlocked(mm, a, 1, &folio, &pfn, FOLL_WRITE), 1);
	assert_int_equal(percpu_counter_sum(&mm->nr_gup_slow), 1);
	assert_int_equal(pfn, folio_pfn(folio));
	assert_int_equal(pte_pfn(mm_read_pte(mm, a)), pfn);
	ref = folio_ref_count(folio);
	assert_int_equal(ref, 2);			/* the PTE's and ours */
	assert_int_equal(folio_mapcount(folio), 1);

	/* hot: the fast path takes one more reference */
	assert_true(get_user_page_fast_only(mm, a, FOLL_WRITE, &folio2, &pfn2));
	assert_ptr_equal(folio2, folio);
	assert_int_equal(pfn2, pfn);
	assert_int_equal(folio_ref_count(folio), ref + 1);
	assert_int_equal(percpu_counter_sum(&mm->nr_gup_fast), 1);
	folio_put(folio2);
	assert_int_equal(folio_ref_count(folio), ref);

	/* munmap drops the PTE's reference; ours keeps the folio alive */
	assert_int_equal(mm_munmap(mm, a, P), 0);
	assert_int_equal(folio_ref_count(folio), 1);
	assert_int_equal(folio_mapcount(folio), 0);
	folio_put(folio);
	mmput(mm);
}

static void test_gup_errors(void **state)
{
	struct mm_struct *mm = mm_alloc("gup");
	struct file *f = tfile_create("f", P, O_RDWR, &tfile_fops);
	struct folio *folios[4];
	unsigned long ro, rw, fm, pfn;

	ro = map_anon(mm, P, PROT_READ);
	rw = map_anon(mm, 2 * P, PROT_READ | PROT_WRITE);
	fm = mm_mmap(mm, 0, 2 * P, PROT_READ | PROT_WRITE, MAP_SHARED, f, 0);
	assert_false(IS_ERR_VALUE(fm));

	/* no VMA */
	assert_int_equal(get_user_pages_unlocked(mm, 0x100000, 1, folios, NULL, 0), -EFAULT);
	/* write to a read-only VMA; read is fine */
	assert_int_equal(get_user_pages_unlocked(mm, ro, 1, folios, NULL, FOLL_WRITE), -EFAULT);
	assert_int_equal(get_user_pages_unlocked(mm, ro, 1, folios, &pfn, 0), 1);
	folio_put(folios[0]);
	/* the first page of rw becomes read-only; the second is populated */
	assert_int_equal(mm_mprotect(mm, rw, P, PROT_READ), 0);
	assert_int_equal(host_write(mm, rw + P, 3), 0);
	assert_false(get_user_page_fast_only(mm, rw, FOLL_WRITE, &folios[0], &pfn));
	/* past EOF of the file: SIGBUS becomes -EFAULT */
	assert_int_equal(get_user_pages_unlocked(mm, fm + P, 1, folios, NULL, 0), -EFAULT);
	/* FOLL_NOFAULT: only what is mapped */
	assert_int_equal(get_user_pages_unlocked(mm, fm, 1, folios, NULL, FOLL_NOFAULT), -EFAULT);
	/* several pages: stops at the first failure and returns the count */
	assert_int_equal(get_user_pages_unlocked(mm, fm, 2, folios, NULL, 0), 1);
	assert_ptr_equal(folio_mapping(folios[0]), f->f_mapping);
	folio_put(folios[0]);
	assert_int_equal(get_user_pages_unlocked(mm, rw, 2, folios, NULL, FOLL_WRITE), -EFAULT);
	assert_int_equal(get_user_pages_unlocked(mm, rw + P, 1, folios, NULL, FOLL_WRITE), 1);
	folio_put(folios[0]);
	mmput(mm);
	fput(f);
}

/* A page returned by GUP outlives a DONTNEED; the next GUP gets a new page. */
static void test_gup_after_dontneed(void **state)
{
	struct mm_struct *mm = mm_alloc("gup");
	unsigned long before = mm_pages_in_use(), a, pfn1, pfn2;
	struct folio *f1, *f2;

	a = map_anon(mm, P, PROT_READ | PROT_WRITE);
	assert_int_equal(host_write(mm, a, 9), 0);
	assert_int_equal(get_user_pages_unlocked(mm, a, 1, &f1, &pfn1, FOLL_WRITE), 1);
	assert_int_equal(mm_madvise(mm, a, P, MADV_DONTNEED), 0);
	assert_int_equal(folio_ref_count(f1), 1);
	assert_int_equal(folio_content_read(f1, 0), 9);
	assert_int_equal(get_user_pages_unlocked(mm, a, 1, &f2, &pfn2, FOLL_WRITE), 1);
	assert_ptr_not_equal(f1, f2);
	assert_int_equal(folio_content_read(f2, 0), 0);
	folio_put(f1);
	folio_put(f2);
	mmput(mm);
	assert_int_equal(mm_pages_in_use(), before);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gup_refcount_and_counts),
		cmocka_unit_test(test_gup_errors),
		cmocka_unit_test(test_gup_after_dontneed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
