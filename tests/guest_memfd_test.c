// SPDX-License-Identifier: GPL-2.0
/* gmemsim-test-layer: kvm */
/*
 * guest_memfd: the errno tables of kernel-reference 2.1 (KVM_CREATE_GUEST_MEMFD),
 * 2.2 rows 19-23 (binding to a memslot), 2.4 (fallocate) and 2.5 (mmap, read,
 * write, stat, ftruncate), each row in the kernel's order; the sequences 3.3 B
 * (punch hole), C (last close) and D (memory failure); zero-before-use and the
 * reported max order; a host mapping of an MMAP|INIT_SHARED gmem on a default
 * VM; the control-plane guest_memfd selftest scenarios of section 5 (1-9,
 * 12-16, 21, 22, 27); and deterministic-scheduler races of punch hole against
 * a fault's get_pfn and against a memslot delete.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/shmem_fs.h>
#include <linux/slab.h>

#include "kvm_test_mmu.h"

#define P PAGE_SIZE
#define GB (1ULL << 30)
#define HVA0 0x7f0000000000ULL
#define PUNCH (FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE)

/* ---- helpers: the VMM's view ------------------------------------------------------ */

static int __gmem_create(struct kvm *kvm, u64 size, u64 flags)
{
	struct kvm_create_guest_memfd args = { .size = size, .flags = flags };

	return (int)kvm_vm_ioctl(kvm, kvm->mm, KVM_CREATE_GUEST_MEMFD, (unsigned long)&args);
}

static int gmem_create(struct kvm *kvm, u64 size, u64 flags)
{
	int fd = __gmem_create(kvm, size, flags);

	if (fd < 0)
		fail_msg("KVM_CREATE_GUEST_MEMFD(size %llu, flags %llu): %d",
			 (unsigned long long)size, (unsigned long long)flags, fd);
	return fd;
}

/* The file behind @fd; the fd table keeps the reference that matters. */
static struct file *fd_file(int fd)
{
	struct file *file = fget((unsigned int)fd);

	assert_non_null(file);
	fput(file);
	return file;
}

static int __fallocate(int fd, int mode, loff_t off, loff_t len)
{
	struct file *file = fget((unsigned int)fd);
	int r;

	if (!file)
		return -EBADF;
	r = vfs_fallocate(file, mode, off, len);
	fput(file);
	return r;
}

static struct kvm *vm_create(unsigned long type, struct mm_struct *mm)
{
	struct kvm *kvm = kvm_create_vm(type, mm);

	assert_false(IS_ERR(kvm));
	return kvm;
}

static struct kvm *vm_create_rec(unsigned long type)
{
	struct kvm *kvm = vm_create(type, NULL);

	assert_int_equal(kvm_attach_mmu(kvm, &rec_mmu_ops), 0);
	return kvm;
}

static struct kvm_memory_slot *slot_of(struct kvm *kvm, int id)
{
	return id_to_memslot(__kvm_memslots(kvm, 0), id);
}

/* A fault's view: kvm_gmem_get_pfn under kvm->srcu, then "return to user". */
static int get_pfn(struct kvm *kvm, gfn_t gfn, kvm_pfn_t *pfn, struct folio **folio)
{
	struct kvm_memory_slot *slot;
	int idx, r, max_order = -1;

	idx = srcu_read_lock(&kvm->srcu);
	slot = gfn_to_memslot(kvm, gfn);
	assert_non_null(slot);
	r = kvm->private_mem_ops->get_pfn(kvm, slot, gfn, pfn, folio, &max_order);
	srcu_read_unlock(&kvm->srcu, idx);
	flush_delayed_fput();
	/* 6.18: order-0 folios only, and that is what the fd reports. */
	if (!r)
		assert_int_equal(max_order, 0);
	return r;
}

/* get_pfn, read the page's word, drop the reference. */
static u64 guest_read(struct kvm *kvm, gfn_t gfn, kvm_pfn_t *pfnp)
{
	struct folio *folio;
	kvm_pfn_t pfn;
	u64 v;

	assert_int_equal(get_pfn(kvm, gfn, &pfn, &folio), 0);
	assert_true(folio_test_uptodate(folio));
	v = folio_content_read(folio, 0);
	folio_put(folio);
	if (pfnp)
		*pfnp = pfn;
	return v;
}

static void guest_write(struct kvm *kvm, gfn_t gfn, u64 v)
{
	struct folio *folio;
	kvm_pfn_t pfn;

	assert_int_equal(get_pfn(kvm, gfn, &pfn, &folio), 0);
	folio_content_write(folio, 0, v);
	folio_put(folio);
}

static unsigned long cached(int fd)
{
	return fd_file(fd)->f_mapping->nrpages;
}

/* ---- 2.1 KVM_CREATE_GUEST_MEMFD -------------------------------------------------- */

struct create_row {
	const char *row;	/* kernel-reference row */
	u64 size;
	u64 flags;
	int expect;		/* 0: an fd */
};

static void run_create_rows(unsigned long type, const struct create_row *rows, size_t nr)
{
	struct kvm *kvm = vm_create(type, NULL);
	size_t i;

	for (i = 0; i < nr; i++) {
		unsigned int users = refcount_read(&kvm->users_count);
		int fd = __gmem_create(kvm, rows[i].size, rows[i].flags);

		if (rows[i].expect) {
			if (fd != rows[i].expect)
				fail_msg("vm type %lu, %s: got %d, want %d", type, rows[i].row, fd,
					 rows[i].expect);
			assert_int_equal(refcount_read(&kvm->users_count), users);
			continue;
		}
		if (fd < 0)
			fail_msg("vm type %lu, %s: got %d", type, rows[i].row, fd);
		/* ok row: O_RDWR | O_LARGEFILE, no O_CLOEXEC; the file pins the VM. */
		assert_int_equal(fd_file(fd)->f_flags, O_RDWR | O_LARGEFILE);
		assert_int_equal(refcount_read(&kvm->users_count), users + 1);
		assert_int_equal(close_fd((unsigned int)fd), 0);
		assert_int_equal(refcount_read(&kvm->users_count), users);
	}
	kvm_put_kvm(kvm);
}

static void test_create_errno_table(void **state)
{
	static const struct create_row default_rows[] = {
		{ "2.1#1 unknown flag bit 2", P, 1ULL << 2, -EINVAL },
		{ "2.1#1 unknown flag bit 63", P, 1ULL << 63, -EINVAL },
		{ "2.1#1 before #2: bad flag and bad size", 1, 1ULL << 2, -EINVAL },
		{ "2.1#2 size 0", 0, 0, -EINVAL },
		{ "2.1#2 size 1", 1, 0, -EINVAL },
		{ "2.1#2 size PAGE_SIZE - 1", P - 1, 0, -EINVAL },
		{ "2.1#2 size PAGE_SIZE + 1", P + 1, 0, -EINVAL },
		{ "2.1#2 size 2^63 (negative loff_t)", 1ULL << 63, 0, -EINVAL },
		{ "2.1#2 size 2^64 - PAGE_SIZE (negative loff_t)", -(u64)P, 0, -EINVAL },
		{ "2.1 ok flags 0", P, 0, 0 },
		{ "2.1 ok MMAP", 2 * P, GUEST_MEMFD_FLAG_MMAP, 0 },
		{ "2.1 ok INIT_SHARED (default VM)", P, GUEST_MEMFD_FLAG_INIT_SHARED, 0 },
		{ "2.1 ok MMAP|INIT_SHARED", P, GUEST_MEMFD_FLAG_MMAP | GUEST_MEMFD_FLAG_INIT_SHARED, 0 },
		{ "2.1 ok reserved[] unchecked, size 2^62", 1ULL << 62, 0, 0 },
	};
	static const struct create_row private_rows[] = {
		{ "2.1#1 INIT_SHARED on a private-memory VM", P, GUEST_MEMFD_FLAG_INIT_SHARED, -EINVAL },
		{ "2.1#1 MMAP|INIT_SHARED on a private-memory VM", P,
		  GUEST_MEMFD_FLAG_MMAP | GUEST_MEMFD_FLAG_INIT_SHARED, -EINVAL },
		{ "2.1#2 size 0", 0, GUEST_MEMFD_FLAG_MMAP, -EINVAL },
		{ "2.1 ok MMAP (mappings then SIGBUS)", P, GUEST_MEMFD_FLAG_MMAP, 0 },
		{ "2.1 ok flags 0", 4 * P, 0, 0 },
	};

	run_create_rows(KVM_X86_DEFAULT_VM, default_rows, ARRAY_SIZE(default_rows));
	run_create_rows(KVM_X86_SW_PROTECTED_VM, private_rows, ARRAY_SIZE(private_rows));
}

/* 2.1 rows 3, 4, 6: no fd, no gmem_file, no inode/file; nothing leaks. */
static void test_create_resource_failures(void **state)
{
	struct kvm *kvm = vm_create(KVM_X86_SW_PROTECTED_VM, NULL);
	int fds[NR_OPEN_DEFAULT], nr = 0, fd, first;

	/* Row 3: every fd taken. */
	while ((fd = get_unused_fd_flags(0)) >= 0)
		fds[nr++] = fd;
	assert_int_equal(fd, -EMFILE);
	assert_int_equal(__gmem_create(kvm, P, 0), -EMFILE);
	while (nr)
		put_unused_fd((unsigned int)fds[--nr]);

	first = get_unused_fd_flags(0);
	put_unused_fd((unsigned int)first);

	/* Row 4: the first allocation is the gmem_file. */
	kmalloc_fail_configure(1, 1000000, 1, 1, 0);
	assert_int_equal(__gmem_create(kvm, P, 0), -ENOMEM);
	kmalloc_fail_disable();
	/* Row 6: a later one (inode or file) fails; the error unwinds it all. */
	kmalloc_fail_configure(1, 1000000, 2, 1, 0);
	fd = __gmem_create(kvm, P, 0);
	kmalloc_fail_disable();
	if (fd >= 0)
		assert_int_equal(close_fd((unsigned int)fd), 0);
	else
		assert_int_equal(fd, -ENOMEM);

	/* The reserved fd went back each time; the VM holds only its own ref. */
	assert_int_equal(refcount_read(&kvm->users_count), 1);
	fd = gmem_create(kvm, P, 0);
	assert_int_equal(fd, first);
	assert_int_equal(close_fd((unsigned int)fd), 0);
	kvm_put_kvm(kvm);
}

/* Selftests 1 (flags sweep) and 2 (create_multiple), for each VM type. */
static void test_flags_sweep_and_multiple(void **state)
{
	static const unsigned long types[] = { KVM_X86_DEFAULT_VM, KVM_X86_SW_PROTECTED_VM };
	size_t t;

	for (t = 0; t < ARRAY_SIZE(types); t++) {
		struct kvm *kvm = vm_create(types[t], NULL);
		u64 valid = (u64)kvm_vm_ioctl(kvm, NULL, KVM_CHECK_EXTENSION,
					      KVM_CAP_GUEST_MEMFD_FLAGS);
		int bit, fd1, fd2;

		assert_int_equal(kvm_vm_ioctl(kvm, NULL, KVM_CHECK_EXTENSION, KVM_CAP_GUEST_MEMFD),
				 1);
		for (bit = 0; bit < 64; bit++) {
			int fd = __gmem_create(kvm, P, 1ULL << bit);

			if (valid & (1ULL << bit)) {
				assert_true(fd >= 0);
				assert_int_equal(close_fd((unsigned int)fd), 0);
			} else {
				assert_int_equal(fd, -EINVAL);
			}
		}
		fd1 = gmem_create(kvm, P, 0);
		fd2 = gmem_create(kvm, 2 * P, 0);
		assert_int_equal(i_size_read(file_inode(fd_file(fd1))), P);
		assert_int_equal(i_size_read(file_inode(fd_file(fd2))), 2 * P);
		assert_true(file_inode(fd_file(fd1))->i_ino != file_inode(fd_file(fd2))->i_ino);
		assert_int_equal(close_fd((unsigned int)fd1), 0);
		assert_int_equal(close_fd((unsigned int)fd2), 0);
		kvm_put_kvm(kvm);
	}
	assert_int_equal(kvm_dev_ioctl_check_extension(KVM_CAP_GUEST_MEMFD_FLAGS),
			 GUEST_MEMFD_FLAG_MMAP | GUEST_MEMFD_FLAG_INIT_SHARED);
}

/* Selftest 3: every size 1 .. PAGE_SIZE - 1 fails. */
static void test_invalid_sizes(void **state)
{
	struct kvm *kvm = vm_create(KVM_X86_DEFAULT_VM, NULL);
	u64 size;

	for (size = 1; size < P; size++)
		assert_int_equal(__gmem_create(kvm, size, 0), -EINVAL);
	kvm_put_kvm(kvm);
}

/* ---- 2.5 read / write / stat / ftruncate --------------------------------------------- */

/* Selftests 4 (file_read_write) and 13 (file_size); 2.5 rows read..ftruncate. */
static void test_read_write_stat_truncate(void **state)
{
	struct kvm *kvm = vm_create(KVM_X86_DEFAULT_VM, NULL);
	int fd = gmem_create(kvm, 4 * P, 0);
	struct file *file = fd_file(fd);
	u64 words[2] = { 0 };

	/* 2.5 read/write: no methods; a pseudo file has no pread/pwrite either. */
	assert_true(vfs_pread(file, words, 8, 0) < 0);
	assert_true(vfs_pwrite(file, words, 8, 0) < 0);
	assert_int_equal(vfs_pread(file, words, 8, 0), -ESPIPE);
	assert_int_equal(vfs_pwrite(file, words, 8, 0), -ESPIPE);
	assert_false(file->f_mode & (FMODE_CAN_READ | FMODE_CAN_WRITE));
	/* 2.5 fstat: st_size is the creation size (st_blksize is PAGE_SIZE). */
	assert_int_equal(i_size_read(file_inode(file)), 4 * P);
	assert_true(S_ISREG(file_inode(file)->i_mode));
	/* 2.5 ftruncate / setattr: EINVAL, size unchanged. */
	assert_int_equal(vfs_ftruncate(file, 8 * P), -EINVAL);
	assert_int_equal(vfs_ftruncate(file, 0), -EINVAL);
	assert_int_equal(i_size_read(file_inode(file)), 4 * P);
	assert_int_equal(close_fd((unsigned int)fd), 0);
	kvm_put_kvm(kvm);
}

/* ---- 2.4 fallocate ----------------------------------------------------------------- */

struct falloc_row {
	const char *row;
	int mode;
	loff_t off;
	loff_t len;
	int expect;
};

static void test_fallocate_errno_table(void **state)
{
	static const struct falloc_row rows[] = {
		{ "2.4#1 offset < 0", FALLOC_FL_KEEP_SIZE, -(loff_t)P, P, -EINVAL },
		{ "2.4#1 len 0", FALLOC_FL_KEEP_SIZE, 0, 0, -EINVAL },
		{ "2.4#1 len < 0", FALLOC_FL_KEEP_SIZE, 0, -(loff_t)P, -EINVAL },
		{ "2.4#1 before #2", 0x100, -1, 0, -EINVAL },
		{ "2.4#2 unknown mode bit 0x100", 0x100 | FALLOC_FL_KEEP_SIZE, 0, P, -EOPNOTSUPP },
		{ "2.4#3 PUNCH_HOLE without KEEP_SIZE", FALLOC_FL_PUNCH_HOLE, 0, P, -EOPNOTSUPP },
		{ "2.4#3 COLLAPSE|KEEP_SIZE", FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_KEEP_SIZE, 0, P,
		  -EOPNOTSUPP },
		{ "2.4#3 INSERT|KEEP_SIZE", FALLOC_FL_INSERT_RANGE | FALLOC_FL_KEEP_SIZE, 0, P,
		  -EOPNOTSUPP },
		{ "2.4#3 WRITE_ZEROES|KEEP_SIZE", FALLOC_FL_WRITE_ZEROES | FALLOC_FL_KEEP_SIZE, 0, P,
		  -EOPNOTSUPP },
		{ "2.4#3 PUNCH|ZERO (two modes)", PUNCH | FALLOC_FL_ZERO_RANGE, 0, P, -EOPNOTSUPP },
		{ "2.4#5 offset + len overflows", FALLOC_FL_KEEP_SIZE, LLONG_MAX - P + 1, 2 * P,
		  -EFBIG },
		{ "2.4#5 before #8 (unaligned)", FALLOC_FL_KEEP_SIZE, LLONG_MAX - 5, 10, -EFBIG },
		{ "2.4#6 plain allocate (no KEEP_SIZE)", 0, 0, P, -EOPNOTSUPP },
		{ "2.4#6 ZERO_RANGE without KEEP_SIZE", FALLOC_FL_ZERO_RANGE, 0, P, -EOPNOTSUPP },
		{ "2.4#6 COLLAPSE", FALLOC_FL_COLLAPSE_RANGE, 0, P, -EOPNOTSUPP },
		{ "2.4#6 before #8 (unaligned)", 0, 1, 1, -EOPNOTSUPP },
		{ "2.4#7 ZERO_RANGE|KEEP_SIZE", FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, 0, P,
		  -EOPNOTSUPP },
		{ "2.4#7 UNSHARE|KEEP_SIZE", FALLOC_FL_UNSHARE_RANGE | FALLOC_FL_KEEP_SIZE, 0, P,
		  -EOPNOTSUPP },
		{ "2.4#8 offset unaligned", FALLOC_FL_KEEP_SIZE, 1, P, -EINVAL },
		{ "2.4#8 len unaligned", FALLOC_FL_KEEP_SIZE, 0, P + 1, -EINVAL },
		{ "2.4#8 punch, len unaligned", PUNCH, 0, P - 1, -EINVAL },
		{ "2.4#9a punch beyond EOF", PUNCH, 16 * P, 4 * P, 0 },
		{ "2.4#9a punch straddling EOF", PUNCH, 6 * P, 4 * P, 0 },
		{ "2.4#9b allocate beyond EOF", FALLOC_FL_KEEP_SIZE, 8 * P, P, -EINVAL },
		{ "2.4#9b allocate straddling EOF", FALLOC_FL_KEEP_SIZE, 6 * P, 4 * P, -EINVAL },
		{ "2.4 ok allocate", FALLOC_FL_KEEP_SIZE, 0, 8 * P, 0 },
		{ "2.4 ok punch", PUNCH, 2 * P, 2 * P, 0 },
	};
	struct kvm *kvm = vm_create(KVM_X86_SW_PROTECTED_VM, NULL);
	int fd = gmem_create(kvm, 8 * P, 0);
	struct inode *inode = file_inode(fd_file(fd));
	size_t i;

	for (i = 0; i < ARRAY_SIZE(rows); i++) {
		u64 ver = inode->i_version;
		int r = __fallocate(fd, rows[i].mode, rows[i].off, rows[i].len);

		if (r != rows[i].expect)
			fail_msg("%s: got %d, want %d", rows[i].row, r, rows[i].expect);
		/* ok: file_modified(); failure: nothing changed. */
		assert_int_equal(inode->i_version != ver, r == 0);
	}
	/* After "allocate [0, 8)" and "punch [2, 4)". */
	assert_int_equal(cached(fd), 6);

	/* Row 11: a folio allocation fails (pages already allocated stay). */
	phys_mem_set_fail_rate(phys_mem_current(), 1000000);
	assert_int_equal(__fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, 8 * P), -ENOMEM);
	phys_mem_set_fail_rate(phys_mem_current(), 0);
	assert_int_equal(cached(fd), 6);

	assert_int_equal(close_fd((unsigned int)fd), 0);
	kvm_put_kvm(kvm);
}

/* Selftests 14 (fallocate) and 15 (invalid_punch_hole). */
static void test_fallocate_selftest_sequences(void **state)
{
	static const struct {
		loff_t off, len;
	} bad[] = {
		{ 0, 1 }, { 0, P - 1 }, { 0, P + 1 }, { 1, 1 }, { 1, P - 1 },
		{ 1, P }, { 1, P + 1 }, { P, 1 }, { P, P - 1 }, { P, P + 1 },
	};
	struct kvm *kvm = vm_create(KVM_X86_DEFAULT_VM, NULL);
	loff_t total = 4 * P;
	int fd = gmem_create(kvm, total, 0);
	size_t i;

	assert_int_equal(__fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, total), 0);
	assert_int_equal(__fallocate(fd, PUNCH, P - 1, P), -EINVAL);
	assert_int_equal(__fallocate(fd, FALLOC_FL_KEEP_SIZE, total, P), -EINVAL);
	assert_int_equal(__fallocate(fd, FALLOC_FL_KEEP_SIZE, total + P, P), -EINVAL);
	assert_int_equal(__fallocate(fd, PUNCH, total, P), 0);
	assert_int_equal(__fallocate(fd, PUNCH, total + P, P), 0);
	assert_int_equal(__fallocate(fd, PUNCH, P, P - 1), -EINVAL);
	assert_int_equal(__fallocate(fd, PUNCH, P, P), 0);
	assert_int_equal(cached(fd), 3);
	assert_int_equal(__fallocate(fd, FALLOC_FL_KEEP_SIZE, P, P), 0);
	assert_int_equal(cached(fd), 4);

	for (i = 0; i < ARRAY_SIZE(bad); i++)
		assert_int_equal(__fallocate(fd, PUNCH, bad[i].off, bad[i].len), -EINVAL);

	assert_int_equal(close_fd((unsigned int)fd), 0);
	kvm_put_kvm(kvm);
}

/* ---- 2.5 mmap and host faults ----------------------------------------------------------- */

/* Selftests 5-9, 12: the mmap rows of 2.5 and the host fault outcomes. */
static void test_mmap_rows_and_faults(void **state)
{
	unsigned long before = mm_pages_in_use();
	struct mm_struct *mm = mm_alloc("vmm");
	struct kvm *kvm = vm_create(KVM_X86_DEFAULT_VM, mm);
	struct kvm *pvm = vm_create(KVM_X86_SW_PROTECTED_VM, NULL);
	int plain = gmem_create(kvm, 4 * P, 0);
	int mmap_only = gmem_create(kvm, 4 * P, GUEST_MEMFD_FLAG_MMAP);
	int shared = gmem_create(kvm, 4 * P, GUEST_MEMFD_FLAG_MMAP | GUEST_MEMFD_FLAG_INIT_SHARED);
	int priv = gmem_create(pvm, 4 * P, GUEST_MEMFD_FLAG_MMAP);
	const unsigned long rw = PROT_READ | PROT_WRITE;
	long a;
	u64 v;
	int i;

	/* 2.5 mmap row 1 (selftest 5): no MMAP flag, one page or the whole file. */
	assert_int_equal(mm_mmap(mm, 0, P, rw, MAP_SHARED, fd_file(plain), 0), -ENODEV);
	assert_int_equal(mm_mmap(mm, 0, 4 * P, rw, MAP_SHARED, fd_file(plain), 0), -ENODEV);
	/* Row 2 (selftest 6): MAP_PRIVATE. */
	assert_int_equal(mm_mmap(mm, 0, 4 * P, rw, MAP_PRIVATE, fd_file(shared), 0), -EINVAL);
	assert_int_equal(mm_mmap(mm, 0, 4 * P, rw, MAP_PRIVATE, fd_file(mmap_only), 0), -EINVAL);

	/* Row 3 + fault row 2 (selftest 9): MMAP without INIT_SHARED, first access SIGBUS. */
	a = mm_mmap(mm, 0, 4 * P, rw, MAP_SHARED, fd_file(mmap_only), 0);
	assert_false(IS_ERR_VALUE(a));
	assert_int_equal(host_read(mm, (unsigned long)a, &v), HOST_SIGBUS);
	assert_int_equal(host_write(mm, (unsigned long)a, 1), HOST_SIGBUS);
	assert_int_equal(cached(mmap_only), 0);
	assert_int_equal(mm_munmap(mm, (unsigned long)a, 4 * P), 0);

	/* Row 3 (selftest 8): a mapping 4x the file; SIGBUS only past EOF. */
	a = mm_mmap(mm, 0, 16 * P, rw, MAP_SHARED, fd_file(shared), 0);
	assert_false(IS_ERR_VALUE(a));
	assert_int_equal(cached(shared), 0);	/* no pages populated by mmap */
	for (i = 0; i < 16; i++) {
		int r = host_write(mm, (unsigned long)a + i * P, 0xaa);

		assert_int_equal(r, i < 4 ? 0 : HOST_SIGBUS);
	}
	/* Selftest 7: read back, punch page 0: zero there, the rest intact. */
	for (i = 0; i < 4; i++) {
		assert_int_equal(host_read(mm, (unsigned long)a + i * P, &v), 0);
		assert_int_equal(v, 0xaa);
	}
	assert_int_equal(__fallocate(shared, PUNCH, 0, P), 0);
	assert_int_equal(host_read(mm, (unsigned long)a, &v), 0);
	assert_int_equal(v, 0);
	for (i = 1; i < 4; i++) {
		assert_int_equal(host_read(mm, (unsigned long)a + i * P, &v), 0);
		assert_int_equal(v, 0xaa);
	}
	assert_int_equal(host_write(mm, (unsigned long)a, 0xbb), 0);
	assert_int_equal(host_read(mm, (unsigned long)a, &v), 0);
	assert_int_equal(v, 0xbb);

	/* Selftest 12: MADV_COLLAPSE is EINVAL; DONTNEED + refault works. */
	assert_int_equal(mm_madvise(mm, (unsigned long)a, 4 * P, MADV_COLLAPSE), -EINVAL);
	assert_int_equal(mm_madvise(mm, (unsigned long)a, 4 * P, MADV_DONTNEED), 0);
	assert_int_equal(host_read(mm, (unsigned long)a + P, &v), 0);
	assert_int_equal(v, 0xaa);	/* the page cache kept it */

	/*
	 * Close with the mapping live: the VMA's reference keeps the file;
	 * munmap drops the last one under mmap_lock, so the release waits for
	 * the return to user space.
	 */
	assert_int_equal(close_fd((unsigned int)shared), 0);
	assert_int_equal(host_read(mm, (unsigned long)a + 2 * P, &v), 0);
	assert_int_equal(v, 0xaa);
	assert_int_equal(mm_munmap(mm, (unsigned long)a, 16 * P), 0);
	flush_delayed_fput();

	/* x86: MMAP on a private-memory VM is allowed, every access SIGBUSes. */
	a = mm_mmap(mm, 0, 4 * P, rw, MAP_SHARED, fd_file(priv), 0);
	assert_false(IS_ERR_VALUE(a));
	assert_int_equal(host_read(mm, (unsigned long)a, &v), HOST_SIGBUS);
	assert_int_equal(mm_munmap(mm, (unsigned long)a, 4 * P), 0);

	assert_int_equal(close_fd((unsigned int)plain), 0);
	assert_int_equal(close_fd((unsigned int)mmap_only), 0);
	assert_int_equal(close_fd((unsigned int)priv), 0);
	kvm_put_kvm(pvm);
	kvm_put_kvm(kvm);
	mmput(mm);
	/* Page tables, the shared file's folios: all back. */
	assert_int_equal(mm_pages_in_use(), before);
}

/* ---- 2.2 rows 19-23: binding --------------------------------------------------------- */

struct bind_row {
	const char *row;
	u32 slot;
	u64 gpa;
	u64 size;
	int which_fd;		/* index into the fd table of the test */
	u64 off;
	int expect;
};

enum { FD_GMEM, FD_GMEM_B, FD_MEMFD, FD_OTHER_VM, FD_CLOSED, FD_NR };

static void test_bind_errno_rows(void **state)
{
	static const struct bind_row rows[] = {
		{ "2.2#7 before #19: unaligned offset, closed fd", 1, 0, P, FD_CLOSED, 1, -EINVAL },
		{ "2.2#7 offset + size wraps", 1, 0, 2 * P, FD_GMEM, -(u64)P, -EINVAL },
		{ "2.2#17 before #19: gpa overlap, closed fd", 1, 0x100000, P, FD_CLOSED, 0, -EEXIST },
		{ "2.2#19 fd not open", 1, 0, P, FD_CLOSED, 0, -EBADF },
		{ "2.2#20 a memfd", 1, 0, P, FD_MEMFD, 0, -EINVAL },
		{ "2.2#21 another VM's gmem", 1, 0, P, FD_OTHER_VM, 0, -EINVAL },
		{ "2.2#22 offset >= 2^63 (negative loff_t)", 1, 0, P, FD_GMEM, 1ULL << 63, -EINVAL },
		{ "2.2#22 offset + size > i_size", 1, 0, 2 * P, FD_GMEM, 15 * P, -EINVAL },
		{ "2.2#22 size > i_size", 1, 0, 17 * P, FD_GMEM, 0, -EINVAL },
		{ "2.2#23 overlaps slot 0's [0, 4): EINVAL (6.18)", 1, 0, 4 * P, FD_GMEM, 3 * P,
		  -EINVAL },
		{ "2.2#23 same range", 1, 0, 4 * P, FD_GMEM, 0, -EINVAL },
		{ "2.2 ok adjacent [4, 8)", 1, 0x10000, 4 * P, FD_GMEM, 4 * P, 0 },
		{ "2.2#14 modify a gmem slot", 1, 0x20000, 4 * P, FD_GMEM, 4 * P, -EINVAL },
		{ "2.2 ok other gmem, same offsets", 2, 0x20000, 4 * P, FD_GMEM_B, 0, 0 },
		{ "2.2#23 inside slot 1's range", 3, 0x30000, P, FD_GMEM, 5 * P, -EINVAL },
		{ "2.2 ok [15, 16)", 3, 0x30000, P, FD_GMEM, 15 * P, 0 },
	};
	struct kvm *kvm = vm_create_rec(KVM_X86_SW_PROTECTED_VM);
	struct kvm *other = vm_create(KVM_X86_SW_PROTECTED_VM, NULL);
	struct file *memfd;
	int fds[FD_NR];
	size_t i;

	fds[FD_GMEM] = gmem_create(kvm, 16 * P, 0);
	fds[FD_GMEM_B] = gmem_create(kvm, 16 * P, 0);
	memfd = shmem_file_setup("memfd:x", 16 * P, 0);
	assert_false(IS_ERR(memfd));
	fds[FD_MEMFD] = fd_install_new(memfd);
	fds[FD_OTHER_VM] = gmem_create(other, 16 * P, 0);
	fds[FD_CLOSED] = get_unused_fd_flags(0);
	put_unused_fd((unsigned int)fds[FD_CLOSED]);

	/* Slot 0: gfn [0x100, 0x104) <- gmem [0, 4). */
	assert_int_equal(__set_region(kvm, 0, KVM_MEM_GUEST_MEMFD, 0x100000, 4 * P, 0,
				      (u32)fds[FD_GMEM], 0), 0);
	assert_ptr_equal(slot_of(kvm, 0)->gmem.file, fd_file(fds[FD_GMEM]));
	assert_int_equal(slot_of(kvm, 0)->gmem.pgoff, 0);
	/* Without MMAP the slot is not gmem-only. */
	assert_false(kvm_memslot_is_gmem_only(slot_of(kvm, 0)));
	/* The file pins the VM, the slot does not pin the file. */
	assert_int_equal(file_count(fd_file(fds[FD_GMEM])), 1);

	for (i = 0; i < ARRAY_SIZE(rows); i++) {
		int r = __set_region(kvm, rows[i].slot, KVM_MEM_GUEST_MEMFD, rows[i].gpa,
				     rows[i].size, 0, (u32)fds[rows[i].which_fd], rows[i].off);

		if (r != rows[i].expect)
			fail_msg("%s: got %d, want %d", rows[i].row, r, rows[i].expect);
		/* A failed bind leaves no slot and no file reference behind. */
		assert_int_equal(file_count(fd_file(fds[FD_GMEM])), 1);
	}
	assert_int_equal(slot_of(kvm, 1)->gmem.pgoff, 4);
	assert_int_equal(file_count(fd_file(fds[FD_GMEM])), 1);

	/* Selftest 21: offsets 1 .. 4095 are EINVAL; the other VM binds its own. */
	for (i = 1; i < P; i += 511)
		assert_int_equal(__set_region(kvm, 9, KVM_MEM_GUEST_MEMFD, 0x90000, P, 0,
					      (u32)fds[FD_GMEM], i), -EINVAL);
	assert_int_equal(__set_region(other, 0, KVM_MEM_GUEST_MEMFD, 0, 16 * P, 0,
				      (u32)fds[FD_OTHER_VM], 0), 0);

	/*
	 * Selftest 22: delete slot 1, re-create with a gmem-offset overlap
	 * against slot 0 but disjoint GPA: EINVAL in 6.18 (EEXIST in
	 * kvm-x86 next); with a GPA overlap: EEXIST (row 17 first).
	 */
	assert_int_equal(__set_region(kvm, 1, 0, 0x10000, 0, 0, 0, 0), 0);
	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 0x10000, 4 * P, 0,
				      (u32)fds[FD_GMEM], 2 * P), -EINVAL);
	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 0x100000 - 2 * P, 4 * P, 0,
				      (u32)fds[FD_GMEM], 8 * P), -EEXIST);
	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 0x100000 + 2 * P, 4 * P, 0,
				      (u32)fds[FD_GMEM], 8 * P), -EEXIST);
	/* Unbound by the delete: [4, 8) binds again. */
	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 0x10000, 4 * P, 0,
				      (u32)fds[FD_GMEM], 4 * P), 0);

	for (i = 0; i < FD_NR; i++)
		if (i != FD_CLOSED)
			assert_int_equal(close_fd((unsigned int)fds[i]), 0);
	kvm_put_kvm(other);
	kvm_put_kvm(kvm);
}

/* A default VM may bind gmem too (6.18); MMAP makes the slot gmem-only. */
static void test_bind_default_vm_gmem_only(void **state)
{
	struct kvm *kvm = vm_create(KVM_X86_DEFAULT_VM, NULL);
	int fd = gmem_create(kvm, 4 * P, GUEST_MEMFD_FLAG_MMAP | GUEST_MEMFD_FLAG_INIT_SHARED);

	/* Selftest 16's slot: 1 at 4 GiB, userspace_addr NULL. */
	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 4 * GB, 4 * P, 0, (u32)fd, 0),
			 0);
	assert_true(kvm_memslot_is_gmem_only(slot_of(kvm, 1)));
	/* Row 3: GUEST_MEMFD excludes READONLY and LOG_DIRTY_PAGES. */
	assert_int_equal(__set_region(kvm, 2, KVM_MEM_GUEST_MEMFD | KVM_MEM_READONLY, 8 * GB, P, 0,
				      (u32)fd, 0), -EINVAL);
	assert_int_equal(__set_region(kvm, 2, KVM_MEM_GUEST_MEMFD | KVM_MEM_LOG_DIRTY_PAGES,
				      8 * GB, P, 0, (u32)fd, 0), -EINVAL);
	assert_int_equal(close_fd((unsigned int)fd), 0);
	kvm_put_kvm(kvm);
}

/* ---- 3.3 B punch hole --------------------------------------------------------------- */

/*
 * gmem (16 pages):  [0 1 2 3 | 4 5 6 7 | 8 9 10 11 | 12 13 14 15]
 *                    slot 1     unbound    slot 2       unbound
 *                    gfn 0x100..           gfn 0x200..
 */
static void test_punch_invalidates_bound_slots(void **state)
{
	struct kvm *kvm = vm_create_rec(KVM_X86_SW_PROTECTED_VM);
	unsigned long before = mm_pages_in_use();
	int fd = gmem_create(kvm, 16 * P, 0);
	unsigned long seq;

	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 0x100000, 4 * P, 0, (u32)fd, 0),
			 0);
	assert_int_equal(__set_region(kvm, 2, KVM_MEM_GUEST_MEMFD, 0x200000, 4 * P, 0, (u32)fd,
				      8 * P), 0);
	assert_int_equal(__fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, 16 * P), 0);
	assert_int_equal(mm_pages_in_use(), before + 16);
	/* Allocate leaves folios !uptodate (zeroed on first use). */
	assert_int_equal(cached(fd), 16);

	/* Punch [2, 10): one begin/end for the file, both slots clipped. */
	rec_reset();
	seq = kvm->mmu_invalidate_seq;
	assert_int_equal(__fallocate(fd, PUNCH, 2 * P, 8 * P), 0);
	assert_int_equal(kvm->mmu_invalidate_seq, seq + 1);
	assert_int_equal(kvm->mmu_invalidate_in_progress, 0);
	assert_int_equal(kvm->stat.mmu_invalidate_begin, 1);
	assert_int_equal(rec.nr_unmap, 2);
	assert_int_equal(rec.unmap[0].start, 0x102);
	assert_int_equal(rec.unmap[0].end, 0x104);
	assert_ptr_equal(rec.unmap[0].slot, slot_of(kvm, 1));
	assert_int_equal(rec.unmap[1].start, 0x200);
	assert_int_equal(rec.unmap[1].end, 0x202);
	assert_ptr_equal(rec.unmap[1].slot, slot_of(kvm, 2));
	/* Not INIT_SHARED: the file's memory is private. */
	assert_int_equal(rec.unmap[0].attr_filter, KVM_FILTER_PRIVATE);
	assert_true(rec.unmap[0].may_block);
	assert_int_equal(rec.unmap_in_progress[0], 1);
	assert_int_equal(rec.unmap_in_progress[1], 1);
	/* Truncation freed the eight folios. */
	assert_int_equal(cached(fd), 8);
	assert_int_equal(mm_pages_in_use(), before + 8);

	/* Punch [4, 8) and beyond EOF: no binding in range, no begin, no bump. */
	rec_reset();
	assert_int_equal(__fallocate(fd, PUNCH, 4 * P, 4 * P), 0);
	assert_int_equal(__fallocate(fd, PUNCH, 16 * P, 64 * P), 0);
	assert_int_equal(kvm->mmu_invalidate_seq, seq + 1);
	assert_int_equal(rec.nr_unmap, 0);
	assert_int_equal(kvm->stat.mmu_invalidate_begin, 1);

	/* Whole file: both slots whole. */
	assert_int_equal(__fallocate(fd, PUNCH, 0, 16 * P), 0);
	assert_int_equal(kvm->mmu_invalidate_seq, seq + 2);
	assert_int_equal(rec.nr_unmap, 2);
	assert_int_equal(rec.unmap[0].start, 0x100);
	assert_int_equal(rec.unmap[0].end, 0x104);
	assert_int_equal(rec.unmap[1].end, 0x204);
	assert_int_equal(cached(fd), 0);
	assert_int_equal(mm_pages_in_use(), before);

	assert_int_equal(close_fd((unsigned int)fd), 0);
	kvm_put_kvm(kvm);
}

/* INIT_SHARED memory is shared: the punch zaps with the SHARED filter. */
static void test_punch_filter_init_shared(void **state)
{
	struct kvm *kvm = vm_create_rec(KVM_X86_DEFAULT_VM);
	int fd = gmem_create(kvm, 4 * P, GUEST_MEMFD_FLAG_MMAP | GUEST_MEMFD_FLAG_INIT_SHARED);

	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 4 * GB, 4 * P, 0, (u32)fd, 0),
			 0);
	rec_reset();
	assert_int_equal(__fallocate(fd, PUNCH, 0, P), 0);
	assert_int_equal(rec.nr_unmap, 1);
	assert_int_equal(rec.unmap[0].attr_filter, KVM_FILTER_SHARED);
	assert_int_equal(close_fd((unsigned int)fd), 0);
	kvm_put_kvm(kvm);
}

/* ---- zero-before-use and max_order ------------------------------------------------------ */

static void test_zero_on_first_use(void **state)
{
	struct kvm *kvm = vm_create(KVM_X86_SW_PROTECTED_VM, NULL);
	unsigned long before = mm_pages_in_use();
	int fd = gmem_create(kvm, 4 * P, 0);
	struct address_space *mapping = fd_file(fd)->f_mapping;
	kvm_pfn_t pfn, pfn2;
	struct folio *folio;

	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 0x100000, 4 * P, 0, (u32)fd, 0),
			 0);

	/* A fresh page (get_pfn allocates it) reads zero. */
	assert_int_equal(guest_read(kvm, 0x100, &pfn), 0);

	/* Allocated by fallocate: !uptodate, whatever the page held is cleared once. */
	assert_int_equal(__fallocate(fd, FALLOC_FL_KEEP_SIZE, P, P), 0);
	folio = filemap_get_folio(mapping, 1);
	assert_false(IS_ERR(folio));
	assert_false(folio_test_uptodate(folio));
	folio_content_write(folio, 0, 0xdead);	/* stale contents */
	folio_put(folio);
	assert_int_equal(guest_read(kvm, 0x101, &pfn2), 0);

	/* Contents survive until punched: never re-zeroed while cached. */
	guest_write(kvm, 0x101, 0x1234);
	assert_int_equal(guest_read(kvm, 0x101, &pfn), 0x1234);
	assert_int_equal(pfn, pfn2);
	assert_int_equal(guest_read(kvm, 0x101, NULL), 0x1234);

	/* Punched and refaulted: a new folio, zeroed. */
	folio = filemap_get_folio(mapping, 1);
	assert_false(IS_ERR(folio));
	assert_int_equal(__fallocate(fd, PUNCH, P, P), 0);
	/* Our reference keeps the old folio alive, so the new one must differ. */
	assert_int_equal(guest_read(kvm, 0x101, &pfn2), 0);
	assert_true(pfn2 != folio_pfn(folio));
	assert_int_equal(folio_content_read(folio, 0), 0x1234);
	folio_put(folio);

	assert_int_equal(close_fd((unsigned int)fd), 0);
	/* The inode went with the last file: every folio is back. */
	assert_int_equal(mm_pages_in_use(), before);
	kvm_put_kvm(kvm);
}

/* ---- 3.3 C last close ---------------------------------------------------------------- */

static void test_release_on_last_close(void **state)
{
	struct kvm *kvm = vm_create_rec(KVM_X86_SW_PROTECTED_VM);
	unsigned long before = mm_pages_in_use();
	int fd = gmem_create(kvm, 16 * P, 0);
	struct kvm_memory_slot *s1, *s2;
	struct folio *folio;
	unsigned long seq;
	kvm_pfn_t pfn;

	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 0x100000, 4 * P, 0, (u32)fd, 0),
			 0);
	assert_int_equal(__set_region(kvm, 2, KVM_MEM_GUEST_MEMFD, 0x200000, 4 * P, 0, (u32)fd,
				      8 * P), 0);
	guest_write(kvm, 0x101, 7);
	assert_int_equal(refcount_read(&kvm->users_count), 2);

	s1 = slot_of(kvm, 1);
	s2 = slot_of(kvm, 2);
	rec_reset();
	seq = kvm->mmu_invalidate_seq;
	assert_int_equal(close_fd((unsigned int)fd), 0);

	/* Every bound slot lost its file; one begin/zap/end over the whole file. */
	assert_null(s1->gmem.file);
	assert_null(s2->gmem.file);
	assert_int_equal(kvm->mmu_invalidate_seq, seq + 1);
	assert_int_equal(kvm->mmu_invalidate_in_progress, 0);
	assert_int_equal(rec.nr_unmap, 2);
	assert_int_equal(rec.unmap[0].start, 0x100);
	assert_int_equal(rec.unmap[0].end, 0x104);
	assert_int_equal(rec.unmap[1].start, 0x200);
	assert_int_equal(rec.unmap[1].end, 0x204);
	assert_int_equal(rec.unmap[0].attr_filter, KVM_FILTER_PRIVATE);
	/* The VM reference went with the file; the inode's memory too. */
	assert_int_equal(refcount_read(&kvm->users_count), 1);
	assert_int_equal(mm_pages_in_use(), before);

	/* Later faults: -EFAULT (MEMORY_FAULT exit). */
	assert_int_equal(get_pfn(kvm, 0x101, &pfn, &folio), -EFAULT);
	assert_int_equal(get_pfn(kvm, 0x200, &pfn, &folio), -EFAULT);

	/* The slots can still be deleted (unbind of a closed file is a no-op). */
	assert_int_equal(__set_region(kvm, 1, 0, 0x100000, 0, 0, 0, 0), 0);
	assert_int_equal(__set_region(kvm, 2, 0, 0x200000, 0, 0, 0, 0), 0);
	kvm_put_kvm(kvm);
}

/* Selftest 27: the gmem file holds the VM; fallocate works after the VM fd closes. */
static void test_gmem_outlives_vm_fd(void **state)
{
	struct kvm *kvm = vm_create(KVM_X86_SW_PROTECTED_VM, NULL);
	unsigned long before = mm_pages_in_use();
	int fd = gmem_create(kvm, 4 * P, 0);

	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 0x100000, 4 * P, 0, (u32)fd, 0),
			 0);
	kvm_vm_release(kvm);	/* close(vm_fd) */
	assert_int_equal(refcount_read(&kvm->users_count), 1);
	assert_int_equal(__fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, 4 * P), 0);
	assert_int_equal(__fallocate(fd, PUNCH, 0, 2 * P), 0);
	assert_int_equal(cached(fd), 2);
	/* The last close tears down the file, then the VM (slots unbound by release). */
	assert_int_equal(close_fd((unsigned int)fd), 0);
	assert_int_equal(mm_pages_in_use(), before);
}

/* A memslot delete racing the last close in one thread: the release is deferred. */
static void test_close_then_delete_and_bind_fput(void **state)
{
	struct kvm *kvm = vm_create_rec(KVM_X86_SW_PROTECTED_VM);
	int fd = gmem_create(kvm, 4 * P, 0);
	struct file *file;

	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 0x100000, 4 * P, 0, (u32)fd, 0),
			 0);
	/*
	 * Take a reference as an in-flight user would, close the fd, and let
	 * bind's fget/fput happen meanwhile: the last fput is ours, outside
	 * every lock, and the release runs there.
	 */
	file = fget((unsigned int)fd);
	assert_int_equal(close_fd((unsigned int)fd), 0);
	assert_ptr_equal(slot_of(kvm, 1)->gmem.file, file);
	assert_int_equal(refcount_read(&kvm->users_count), 2);
	/* Delete while the file is alive: unbind under the invalidate_lock. */
	assert_int_equal(__set_region(kvm, 1, 0, 0x100000, 0, 0, 0, 0), 0);
	fput(file);
	assert_int_equal(refcount_read(&kvm->users_count), 1);
	kvm_put_kvm(kvm);
}

/* ---- 3.3 D memory failure -------------------------------------------------------------- */

static void test_hwpoison(void **state)
{
	struct kvm *kvm = vm_create_rec(KVM_X86_SW_PROTECTED_VM);
	int fd = gmem_create(kvm, 4 * P, 0);
	struct folio *folio;
	kvm_pfn_t pfn, pfn2;
	unsigned long seq;

	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 0x100000, 4 * P, 0, (u32)fd, 0),
			 0);
	guest_write(kvm, 0x102, 5);
	assert_int_equal(guest_read(kvm, 0x102, &pfn), 5);

	rec_reset();
	seq = kvm->mmu_invalidate_seq;
	assert_int_equal(memory_failure(pfn, 0), 0);
	/* Zap of the folio's gfn, no truncation. */
	assert_int_equal(kvm->mmu_invalidate_seq, seq + 1);
	assert_int_equal(rec.nr_unmap, 1);
	assert_int_equal(rec.unmap[0].start, 0x102);
	assert_int_equal(rec.unmap[0].end, 0x103);
	assert_int_equal(cached(fd), 1);
	assert_int_equal(get_pfn(kvm, 0x102, &pfn2, &folio), -EHWPOISON);
	/* Neighbours are fine. */
	assert_int_equal(guest_read(kvm, 0x103, NULL), 0);

	/* Punch clears it: the next fault gets a new zeroed folio. */
	assert_int_equal(__fallocate(fd, PUNCH, 2 * P, P), 0);
	assert_int_equal(guest_read(kvm, 0x102, &pfn2), 0);

	assert_int_equal(close_fd((unsigned int)fd), 0);
	kvm_put_kvm(kvm);
}

/* ---- selftest 16 (control plane): host mmap and the guest's pfn ----------------------------- */

static void test_host_mapping_shares_folio_with_guest(void **state)
{
	struct mm_struct *mm = mm_alloc("vmm");
	struct kvm *kvm = vm_create(KVM_X86_DEFAULT_VM, mm);
	int fd = gmem_create(kvm, 4 * P, GUEST_MEMFD_FLAG_MMAP | GUEST_MEMFD_FLAG_INIT_SHARED);
	unsigned long hpfn;
	struct folio *hf;
	kvm_pfn_t pfn;
	long a;
	u64 v;
	int i;

	assert_int_equal(__set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, 4 * GB, 4 * P, 0, (u32)fd, 0),
			 0);
	a = mm_mmap(mm, 0, 4 * P, PROT_READ | PROT_WRITE, MAP_SHARED, fd_file(fd), 0);
	assert_false(IS_ERR_VALUE(a));
	for (i = 0; i < 4; i++)
		assert_int_equal(host_write(mm, (unsigned long)a + i * P, 0xaa), 0);

	/* The guest sees the host's data in the same folio. */
	for (i = 0; i < 4; i++) {
		assert_int_equal(guest_read(kvm, (4 * GB >> PAGE_SHIFT) + i, &pfn), 0xaa);
		assert_true(get_user_page_fast_only(mm, (unsigned long)a + i * P, 0, &hf, &hpfn));
		assert_int_equal(hpfn, pfn);
		folio_put(hf);
	}
	/* The guest writes 0xff; the host sees it. */
	for (i = 0; i < 4; i++)
		guest_write(kvm, (4 * GB >> PAGE_SHIFT) + i, 0xff);
	for (i = 0; i < 4; i++) {
		assert_int_equal(host_read(mm, (unsigned long)a + i * P, &v), 0);
		assert_int_equal(v, 0xff);
	}

	assert_int_equal(mm_munmap(mm, (unsigned long)a, 4 * P), 0);
	assert_int_equal(close_fd((unsigned int)fd), 0);
	kvm_put_kvm(kvm);
	mmput(mm);
}

/* ---- deterministic races ---------------------------------------------------------------- */

#define RACE_BASE 0x100
#define RACE_NPAGES 4

/*
 * A tiny MMU for the races: one "SPTE" per gfn of the slot, holding the pfn
 * a fault installed.  Zaps clear them; invariant 1 is checked at the end:
 * every SPTE left maps the folio the file holds now.
 */
struct race_mmu {
	kvm_pfn_t spte[RACE_NPAGES];
	int installs;
	int retries;
	int errors;
};

static struct race_mmu rmmu;

static bool race_unmap_gfn_range(struct kvm *kvm, struct kvm_gfn_range *range)
{
	bool flush = false;
	gfn_t g;

	for (g = range->start; g < range->end; g++) {
		if (g < RACE_BASE || g >= RACE_BASE + RACE_NPAGES)
			continue;
		/* mmu_lock (write) excludes the installer (read). */
		if (rmmu.spte[g - RACE_BASE]) {
			rmmu.spte[g - RACE_BASE] = 0;
			flush = true;
		}
	}
	return flush;
}

static void race_flush_remote_tlbs(struct kvm *kvm)
{
}

static void race_flush_shadow_all(struct kvm *kvm)
{
	memset(rmmu.spte, 0, sizeof(rmmu.spte));
}

static void race_flush_shadow_memslot(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	struct kvm_gfn_range r = { .slot = slot, .start = slot->base_gfn,
				   .end = slot->base_gfn + slot->npages };

	write_lock(&kvm->mmu_lock);
	race_unmap_gfn_range(kvm, &r);
	write_unlock(&kvm->mmu_lock);
}

static const struct kvm_arch_mmu_ops race_mmu_ops = {
	.name = "race",
	.unmap_gfn_range = race_unmap_gfn_range,
	.flush_remote_tlbs = race_flush_remote_tlbs,
	.flush_shadow_all = race_flush_shadow_all,
	.flush_shadow_memslot = race_flush_shadow_memslot,
};

struct race_ctx {
	struct kvm *kvm;
	struct file *file;
	gfn_t gfn;
	int punch_ret;
	int delete_ret;
	int fault_ret;
};

/*
 * The control-plane half of a private fault (3.4 a-h, 4-5, 7-8): sample the
 * seq, look the slot up, get the pfn, then under mmu_lock install only if no
 * invalidation moved or covers the gfn.  The page reference is dropped under
 * mmu_lock, as kvm_mmu_finish_page_fault does.
 */
static int race_fault_once(struct kvm *kvm, gfn_t gfn)
{
	struct kvm_memory_slot *slot;
	unsigned long mmu_seq;
	struct folio *folio;
	int idx, r, order;
	kvm_pfn_t pfn;

	idx = srcu_read_lock(&kvm->srcu);
	mmu_seq = kvm_mmu_invalidate_seq_sample(kvm);
	slot = gfn_to_memslot(kvm, gfn);
	if (!slot) {
		r = -ENOENT;
		goto out;
	}
	if ((slot->flags & KVM_MEMSLOT_INVALID) || mmu_invalidate_retry_gfn_unsafe(kvm, mmu_seq, gfn)) {
		r = -EAGAIN;
		goto out;
	}
	r = kvm->private_mem_ops->get_pfn(kvm, slot, gfn, &pfn, &folio, &order);
	if (r)
		goto out;
	sched_point("fault: got pfn");
	read_lock(&kvm->mmu_lock);
	if (mmu_invalidate_retry_gfn(kvm, mmu_seq, gfn)) {
		r = -EAGAIN;
	} else {
		rmmu.spte[gfn - RACE_BASE] = pfn;
		rmmu.installs++;
	}
	folio_put(folio);
	read_unlock(&kvm->mmu_lock);
out:
	srcu_read_unlock(&kvm->srcu, idx);
	/* Return to user space. */
	flush_delayed_fput();
	return r;
}

static void race_vcpu(void *arg)
{
	struct race_ctx *c = arg;
	int tries;

	for (tries = 0; tries < 8; tries++) {
		c->fault_ret = race_fault_once(c->kvm, c->gfn);
		if (c->fault_ret != -EAGAIN)
			break;
		rmmu.retries++;
	}
}

static void race_punch(void *arg)
{
	struct race_ctx *c = arg;

	c->punch_ret = vfs_fallocate(c->file, PUNCH, 0, RACE_NPAGES * P);
	flush_delayed_fput();
}

static void race_delete(void *arg)
{
	struct race_ctx *c = arg;

	c->delete_ret = __set_region(c->kvm, 1, 0, RACE_BASE << PAGE_SHIFT, 0, 0, 0, 0);
}

/* Invariant 1: each SPTE left maps the folio the page cache holds at its index. */
static void race_check_sptes(struct race_ctx *c, u64 seed)
{
	int i;

	for (i = 0; i < RACE_NPAGES; i++) {
		struct folio *folio;

		if (!rmmu.spte[i])
			continue;
		folio = filemap_get_folio(c->file->f_mapping, (pgoff_t)i);
		if (IS_ERR(folio))
			fail_msg("seed %llu: gfn %#x maps pfn %#lx, but its page was truncated",
				 (unsigned long long)seed, RACE_BASE + i, (unsigned long)rmmu.spte[i]);
		assert_int_equal(folio_pfn(folio), rmmu.spte[i]);
		folio_put(folio);
	}
}

static u64 race_seed0(const char *test, u64 dflt)
{
	const char *env = getenv("GMEMSIM_SEED");
	u64 seed0 = env ? strtoull(env, NULL, 0) : dflt;

	printf("guest_memfd_test %s: seed=%llu (GMEMSIM_SEED)\n", test, (unsigned long long)seed0);
	return seed0;
}

static void race_run(const char *test, u64 seed0, int iters, bool with_delete,
		     enum sched_mode mode)
{
	unsigned long before = mm_pages_in_use();
	int iter;

	for (iter = 0; iter < iters; iter++) {
		struct sched_opts opts = {
			.mode = mode,
			.strategy = iter & 1 ? SCHED_STRATEGY_PCT : SCHED_STRATEGY_RANDOM,
			.seed = seed0 + iter,
		};
		struct race_ctx c = { .gfn = RACE_BASE + 1 };
		struct sched_actor actors[3] = {
			{ "vcpu", race_vcpu, &c },
			{ "punch", race_punch, &c },
			{ "delete", race_delete, &c },
		};
		struct sched_result res;
		unsigned long seq;
		int fd, r;

		memset(&rmmu, 0, sizeof(rmmu));
		c.kvm = vm_create(KVM_X86_SW_PROTECTED_VM, NULL);
		assert_int_equal(kvm_attach_mmu(c.kvm, &race_mmu_ops), 0);
		fd = gmem_create(c.kvm, RACE_NPAGES * P, 0);
		c.file = fget((unsigned int)fd);
		assert_int_equal(__set_region(c.kvm, 1, KVM_MEM_GUEST_MEMFD, RACE_BASE << PAGE_SHIFT,
					      RACE_NPAGES * P, 0, (u32)fd, 0), 0);
		/* Already mapped once: the punch has something to zap. */
		assert_int_equal(race_fault_once(c.kvm, c.gfn), 0);
		seq = c.kvm->mmu_invalidate_seq;

		r = sched_run(&opts, actors, with_delete ? 3 : 2, &res);
		if (r)
			fail_msg("%s seed %llu: %s (%s)", test, (unsigned long long)opts.seed,
				 sched_status_name(res.status), res.first_violation);

		assert_int_equal(c.punch_ret, 0);
		assert_int_equal(c.delete_ret, 0);
		/* Invariant 3: begin/end balanced. */
		assert_int_equal(c.kvm->mmu_invalidate_in_progress, 0);
		/* Without the delete the punch always finds the binding. */
		if (!with_delete)
			assert_true(c.kvm->mmu_invalidate_seq > seq);
		/* Every fault ended: mapped, retried out, or no slot/closed. */
		assert_true(c.fault_ret == 0 || c.fault_ret == -EAGAIN ||
			    (with_delete && (c.fault_ret == -ENOENT || c.fault_ret == -EFAULT)));
		race_check_sptes(&c, opts.seed);
		if (with_delete)
			assert_null(gfn_to_memslot(c.kvm, c.gfn));
		sched_result_destroy(&res);

		fput(c.file);
		assert_int_equal(close_fd((unsigned int)fd), 0);
		kvm_put_kvm(c.kvm);
		/* No folio reference leaked: the inode's pages all came back. */
		if (mm_pages_in_use() != before)
			fail_msg("%s seed %llu: %lu pages leaked", test, (unsigned long long)opts.seed,
				 mm_pages_in_use() - before);
	}
}

/* 3.8 row 1: a fault racing a punch of its page never keeps a stale SPTE. */
static void test_det_punch_vs_get_pfn(void **state)
{
	race_run("punch_vs_get_pfn", race_seed0("punch_vs_get_pfn", 0x9e3d), 200, false,
		 SCHED_MODE_DET);
}

/* 3.8 "punch vs delete": serialised by the invalidate_lock; begin/end balance. */
static void test_det_delete_vs_punch(void **state)
{
	race_run("delete_vs_punch", race_seed0("delete_vs_punch", 0x51d3), 200, true,
		 SCHED_MODE_DET);
}

/* The same races on real threads: what ThreadSanitizer checks. */
static void test_free_races(void **state)
{
	race_run("free punch_vs_get_pfn", 1, 50, false, SCHED_MODE_FREE);
	race_run("free delete_vs_punch", 1, 50, true, SCHED_MODE_FREE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_errno_table),
		cmocka_unit_test(test_create_resource_failures),
		cmocka_unit_test(test_flags_sweep_and_multiple),
		cmocka_unit_test(test_invalid_sizes),
		cmocka_unit_test(test_read_write_stat_truncate),
		cmocka_unit_test(test_fallocate_errno_table),
		cmocka_unit_test(test_fallocate_selftest_sequences),
		cmocka_unit_test(test_mmap_rows_and_faults),
		cmocka_unit_test(test_bind_errno_rows),
		cmocka_unit_test(test_bind_default_vm_gmem_only),
		cmocka_unit_test(test_punch_invalidates_bound_slots),
		cmocka_unit_test(test_punch_filter_init_shared),
		cmocka_unit_test(test_zero_on_first_use),
		cmocka_unit_test(test_release_on_last_close),
		cmocka_unit_test(test_gmem_outlives_vm_fd),
		cmocka_unit_test(test_close_then_delete_and_bind_fput),
		cmocka_unit_test(test_hwpoison),
		cmocka_unit_test(test_host_mapping_shares_folio_with_guest),
		cmocka_unit_test(test_det_punch_vs_get_pfn),
		cmocka_unit_test(test_det_delete_vs_punch),
		cmocka_unit_test(test_free_races),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
