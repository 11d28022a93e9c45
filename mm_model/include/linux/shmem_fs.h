/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/shmem_fs.h and include/linux/memfd.h.
 * Implementation: mm_model/shmem.c (mm/shmem.c, mm/memfd.c).
 *
 * A shmem file is a page-cache file with no backing store: ->fallocate
 * allocates (mode 0 grows i_size, KEEP_SIZE does not) and punches holes,
 * ftruncate grows and shrinks with truncation, ->read/->write move content
 * words (linux/fs.h), and host faults get their folios from shmem_get_folio().
 *
 * Simplified against the kernel: no swap, no quota/limits (the size limit is
 * the pfn space), no xattrs, no userfaultfd, no shmem_falloc wait of faults
 * racing a hole punch (the kernel's is a livelock avoidance, not a
 * correctness rule), no F_SEAL_WRITE wait for elevated page pins.  A failed
 * fallocate removes the !uptodate folios it added, as the kernel's
 * shmem_undo_range(unfalloc) does.
 *
 * Huge pages: a file made by shmem_file_setup_huge() (the huge= mount option)
 * uses 2M folios wherever the whole aligned 2M range lies below i_size (or
 * the write/fallocate end) and is not partly cached already, 4K elsewhere:
 * the kernel's huge=within_size policy (huge=always would also place a 2M
 * folio across EOF and split it later from a shrinker).
 *
 * MFD_HUGETLB memfds are modelled as shmem files whose folios all have the
 * requested hugetlb size (2M default or MFD_HUGE_2MB, 1G with MFD_HUGE_1GB;
 * any other size: ENODEV, as hugetlb_file_setup returns when no hstate
 * exists), with hugetlbfs' rules: ftruncate to a length that is not a
 * multiple of the huge page size fails with EINVAL, fallocate rounds the
 * range out to huge pages, there is no write() (EINVAL), and allocation never
 * falls back to 4K (ENOMEM).  The huge-page pool is the pfn space (no
 * nr_hugepages reservation).
 */
#ifndef _GMEMSIM_LINUX_SHMEM_FS_H
#define _GMEMSIM_LINUX_SHMEM_FS_H

#include <linux/compiler.h>
#include <sys/mman.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/pagemap.h>

/* ---- memfd_create flags [include/uapi/linux/memfd.h] ---------------------------- */

#ifndef MFD_CLOEXEC
#define MFD_CLOEXEC		0x0001U
#endif
#ifndef MFD_ALLOW_SEALING
#define MFD_ALLOW_SEALING	0x0002U
#endif
#ifndef MFD_HUGETLB
#define MFD_HUGETLB		0x0004U
#endif
#ifndef MFD_NOEXEC_SEAL
#define MFD_NOEXEC_SEAL		0x0008U
#endif
#ifndef MFD_EXEC
#define MFD_EXEC		0x0010U
#endif
#ifndef MFD_HUGE_SHIFT
#define MFD_HUGE_SHIFT		26
#endif
#ifndef MFD_HUGE_MASK
#define MFD_HUGE_MASK		0x3fU
#endif
#ifndef MFD_HUGE_2MB
#define MFD_HUGE_2MB		(21U << MFD_HUGE_SHIFT)
#endif
#ifndef MFD_HUGE_1GB
#define MFD_HUGE_1GB		(30U << MFD_HUGE_SHIFT)
#endif
#define MFD_ALL_FLAGS (MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_HUGETLB | MFD_NOEXEC_SEAL | MFD_EXEC)

/* [mm/memfd.c]: "memfd:" + name must fit NAME_MAX. */
#define MFD_NAME_PREFIX "memfd:"
#define MFD_NAME_PREFIX_LEN (sizeof(MFD_NAME_PREFIX) - 1)
#define MFD_NAME_MAX_LEN (255 - MFD_NAME_PREFIX_LEN)

/* ---- seals [include/uapi/linux/fcntl.h] ------------------------------------------- */

#ifndef F_SEAL_SEAL
#define F_SEAL_SEAL		0x0001
#define F_SEAL_SHRINK		0x0002
#define F_SEAL_GROW		0x0004
#define F_SEAL_WRITE		0x0008
#endif
#ifndef F_SEAL_FUTURE_WRITE
#define F_SEAL_FUTURE_WRITE	0x0010
#endif
#ifndef F_SEAL_EXEC
#define F_SEAL_EXEC		0x0020
#endif
#define F_ALL_SEALS (F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | \
		     F_SEAL_FUTURE_WRITE | F_SEAL_EXEC)

/* ---- shmem inodes ---------------------------------------------------------------- */

enum shmem_huge {
	SHMEM_HUGE_NEVER,
	SHMEM_HUGE_ALWAYS,
};

/* [struct shmem_inode_info]: embeds the VFS inode. */
struct shmem_inode_info {
	/* seals: written under inode_lock, read by faults/mmap under it or racily */
	unsigned int seals;		/* F_SEAL_* */
	unsigned int huge_order;	/* 0, PMD_ORDER, or PUD_ORDER (hugetlb 1G) */
	bool hugetlb;			/* MFD_HUGETLB: huge folios only, size huge-aligned */
	struct inode vfs_inode;
};

static inline struct shmem_inode_info *SHMEM_I(struct inode *inode)
{
	return container_of(inode, struct shmem_inode_info, vfs_inode);
}

/* [shmem_mapping]: is this a shmem file's mapping? */
bool shmem_mapping(const struct address_space *mapping);
static inline bool shmem_file(const struct file *file)
{
	return file && shmem_mapping(file->f_mapping);
}

/*
 * [shmem_file_setup]: an unlinked shmem file of @size bytes, O_RDWR.
 * ERR_PTR(-EINVAL) for size < 0 or > MAX_LFS_FILESIZE, -ENOMEM.
 */
struct file *shmem_file_setup(const char *name, loff_t size, unsigned long flags);
/* Same with huge=always: 2M folios where they fit. */
struct file *shmem_file_setup_huge(const char *name, loff_t size, unsigned long flags);

/* [enum sgp_type]: what shmem_get_folio may do at an index past EOF or absent. */
enum sgp_type {
	SGP_READ,	/* don't allocate: NULL folio (and 0) when absent */
	SGP_NOALLOC,	/* like SGP_READ but fail past EOF too */
	SGP_CACHE,	/* allocate, don't mark uptodate */
	SGP_WRITE,	/* allocate, may be past EOF (write extends later) */
	SGP_FALLOC,	/* fallocate: allocate, leave !uptodate */
};

/*
 * [shmem_get_folio]: the folio covering @index, locked and with a reference,
 * allocated (zeroed, uptodate) if absent unless @sgp is SGP_READ/NOALLOC.
 * -EINVAL past EOF (index >= i_size in pages, for SGP_READ/CACHE/NOALLOC;
 * @write_end extends the limit for SGP_WRITE), -ENOMEM, -EFBIG.  The host
 * fault handler (mm-host) calls it with SGP_CACHE and maps
 * folio_file_pfn(folio, index).
 */
int shmem_get_folio(struct inode *inode, pgoff_t index, loff_t write_end, struct folio **foliop,
		    enum sgp_type sgp);

/* [shmem_truncate_range]: drop page-cache folios of bytes [lstart, lend]. */
void shmem_truncate_range(struct inode *inode, loff_t lstart, loff_t lend);

/* ---- memfd [mm/memfd.c] --------------------------------------------------------------- */

/*
 * [mm/memfd.c: SYSCALL memfd_create] (named sys_ because glibc declares
 * memfd_create()): validate flags, then the name, in the kernel's order
 * (EINVAL for unknown flags or EXEC with NOEXEC_SEAL; EFAULT for a NULL name,
 * EINVAL for one longer than MFD_NAME_MAX_LEN - 1; ENODEV for a hugetlb size
 * x86 does not have), then create the
 * file (O_RDWR | O_LARGEFILE, FMODE_LSEEK/PREAD/PWRITE; O_CLOEXEC kept in
 * f_flags for MFD_CLOEXEC).  Without MFD_ALLOW_SEALING (or MFD_NOEXEC_SEAL)
 * the file is born with F_SEAL_SEAL.  ERR_PTR(-errno) on failure.
 */
struct file *sys_memfd_create(const char *name, unsigned int flags);
/* [memfd_fcntl F_ADD_SEALS]: -EPERM when sealed with F_SEAL_SEAL, -EINVAL... */
int memfd_add_seals(struct file *file, unsigned int seals);
/* [memfd_fcntl F_GET_SEALS]: the seals, or -EINVAL for a non-memfd file. */
int memfd_get_seals(struct file *file);

#endif /* _GMEMSIM_LINUX_SHMEM_FS_H */
