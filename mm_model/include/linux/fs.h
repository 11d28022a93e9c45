/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/fs.h (struct inode, struct file,
 * file_operations, super_block), fs/open.c (vfs_fallocate, do_ftruncate),
 * fs/read_write.c (vfs_read/vfs_write), fs/file_table.c (alloc_file_pseudo,
 * fput), fs/inode.c (new_inode, iput, inode_newsize_ok), fs/attr.c
 * (notify_change).  Implementation: mm_model/file.c.
 *
 * Simplified against the kernel:
 *  - no dentries, mounts, paths, credentials or LSM hooks: model code holds
 *    struct file pointers as handles (get_file/fput), the process's fd
 *    table (linux/fdtable.h) names them for the fd-taking APIs, and an
 *    inode's superblock stands in for its filesystem;
 *  - the final __fput() of a file with ->release is deferred as in the
 *    kernel (task_work run at return to user space): fput() of the last
 *    reference queues the release on the current task, and the task runs it
 *    at the model's return-to-userspace points and when the actor exits:
 *    the API wrappers call flush_delayed_fput()
 *    on their way out, and fput() itself runs it when its caller holds no
 *    lock and no RCU/SRCU read section, the state a task is in when task_work
 *    runs (so a bare fput() from a test is close()).  A file without
 *    ->release only drops its inode, and is released at once;
 *  - struct file is freed after an RCU grace period (the kernel's files are
 *    SLAB_TYPESAFE_BY_RCU), so get_file_active()-style lockless pinning works;
 *  - data is one content word per 4K page (linux/mm.h): ->read/->write move
 *    u64 words, one per page that the byte range [pos, pos + count) touches,
 *    while positions, counts, EOF clamping and errno keep byte semantics.  A
 *    write that covers part of a page replaces that page's word;
 *  - times are not kept: i_version counts modifications instead of mtime.
 */
#ifndef _GMEMSIM_LINUX_FS_H
#define _GMEMSIM_LINUX_FS_H

#include <linux/compiler.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <linux/atomic.h>
#include <linux/kernel.h>
#include <linux/mm_types.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/spinlock.h>
#include <linux/types.h>

/*
 * The kernel's O_LARGEFILE (x86, asm-generic/fcntl.h): glibc's is 0 on
 * 64-bit, but the kernel sets this bit in f_flags and F_GETFL returns it.
 */
#undef O_LARGEFILE
#define O_LARGEFILE 00100000
#include <linux/task_work.h>

struct vm_area_struct;
struct inode;
struct file;
struct super_block;

typedef unsigned short umode_t;
typedef unsigned int fmode_t;

/* ---- fallocate modes [include/uapi/linux/falloc.h] ------------------------------ */

#ifndef FALLOC_FL_ALLOCATE_RANGE
#define FALLOC_FL_ALLOCATE_RANGE 0x00
#endif
#ifndef FALLOC_FL_KEEP_SIZE
#define FALLOC_FL_KEEP_SIZE	0x01
#endif
#ifndef FALLOC_FL_PUNCH_HOLE
#define FALLOC_FL_PUNCH_HOLE	0x02
#endif
#ifndef FALLOC_FL_NO_HIDE_STALE
#define FALLOC_FL_NO_HIDE_STALE	0x04
#endif
#ifndef FALLOC_FL_COLLAPSE_RANGE
#define FALLOC_FL_COLLAPSE_RANGE 0x08
#endif
#ifndef FALLOC_FL_ZERO_RANGE
#define FALLOC_FL_ZERO_RANGE	0x10
#endif
#ifndef FALLOC_FL_INSERT_RANGE
#define FALLOC_FL_INSERT_RANGE	0x20
#endif
#ifndef FALLOC_FL_UNSHARE_RANGE
#define FALLOC_FL_UNSHARE_RANGE	0x40
#endif
#ifndef FALLOC_FL_WRITE_ZEROES
#define FALLOC_FL_WRITE_ZEROES	0x80
#endif
/* [include/linux/falloc.h]: the exclusive modes (ALLOCATE_RANGE is "no bit"). */
#define FALLOC_FL_MODE_MASK (FALLOC_FL_ALLOCATE_RANGE | FALLOC_FL_PUNCH_HOLE |          \
			     FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_ZERO_RANGE |           \
			     FALLOC_FL_INSERT_RANGE | FALLOC_FL_UNSHARE_RANGE |          \
			     FALLOC_FL_WRITE_ZEROES)

/* ---- file modes ------------------------------------------------------------------ */

#define FMODE_READ		((fmode_t)(1U << 0))
#define FMODE_WRITE		((fmode_t)(1U << 1))
#define FMODE_LSEEK		((fmode_t)(1U << 2))
#define FMODE_PREAD		((fmode_t)(1U << 3))
#define FMODE_PWRITE		((fmode_t)(1U << 4))
#define FMODE_CAN_READ		((fmode_t)(1U << 17))
#define FMODE_CAN_WRITE		((fmode_t)(1U << 18))

/* [include/linux/fs.h]: inode->i_flags */
#define S_APPEND	(1U << 2)
#define S_IMMUTABLE	(1U << 3)
#define S_SWAPFILE	(1U << 8)
#define IS_APPEND(inode)	((inode)->i_flags & S_APPEND)
#define IS_IMMUTABLE(inode)	((inode)->i_flags & S_IMMUTABLE)
#define IS_SWAPFILE(inode)	((inode)->i_flags & S_SWAPFILE)

#define MAX_LFS_FILESIZE ((loff_t)LLONG_MAX)
#define MAX_RW_COUNT (INT_MAX & PAGE_MASK)

/* ---- attributes [include/linux/fs.h: struct iattr] ------------------------------ */

#define ATTR_MODE	(1U << 0)
#define ATTR_SIZE	(1U << 3)
#define ATTR_MTIME	(1U << 5)
#define ATTR_CTIME	(1U << 6)

struct iattr {
	unsigned int ia_valid;
	umode_t ia_mode;
	loff_t ia_size;
	struct file *ia_file;
};

/* ---- operations ------------------------------------------------------------------ */

struct file_operations {
	/* bytes [*ppos, *ppos + count): one word per touched page in @words */
	ssize_t (*read)(struct file *file, u64 *words, size_t count, loff_t *ppos);
	ssize_t (*write)(struct file *file, const u64 *words, size_t count, loff_t *ppos);
	int (*mmap)(struct file *file, struct vm_area_struct *vma);
	int (*open)(struct inode *inode, struct file *file);
	/* last fput() */
	int (*release)(struct inode *inode, struct file *file);
	long (*fallocate)(struct file *file, int mode, loff_t offset, loff_t len);
	long (*unlocked_ioctl)(struct file *file, unsigned int cmd, unsigned long arg);
	/* lseek(2); NULL: no FMODE_LSEEK, -ESPIPE */
	loff_t (*llseek)(struct file *file, loff_t offset, int whence);
};

/* [include/uapi/linux/fs.h] lseek whence (libc's <stdio.h> has the same values) */
#ifndef SEEK_SET
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#endif
#ifndef SEEK_DATA
#define SEEK_DATA	3
#define SEEK_HOLE	4
#endif
#define SEEK_MAX	SEEK_HOLE

struct inode_operations {
	/* notify_change(); NULL: simple_setattr */
	int (*setattr)(struct inode *inode, struct iattr *attr);
};

struct super_operations {
	/* NULL: kzalloc a bare struct inode */
	struct inode *(*alloc_inode)(struct super_block *sb);
	/* final free of an inode made by ->alloc_inode */
	void (*free_inode)(struct inode *inode);
	/* NULL: truncate_inode_pages_final() */
	void (*evict_inode)(struct inode *inode);
};

/* A filesystem instance, reduced to what the checks read. */
/* [struct super_block] s_iflags */
#define SB_I_NOEXEC	0x00000002	/* files here are never mapped executable */
#define SB_I_NODEV	0x00000004

struct super_block {
	const char *s_id;
	unsigned long s_iflags;		/* SB_I_*: set when mounted, never changed */
	loff_t s_maxbytes;
	const struct super_operations *s_op;
	void *s_fs_info;
};

struct inode {
	umode_t i_mode;			/* S_IFREG | 0600 ... */
	unsigned int i_flags;		/* S_APPEND, S_IMMUTABLE, S_SWAPFILE */
	unsigned long i_ino;
	/*
	 * File size; changed under inode_lock (i_rwsem) exclusive, read with
	 * i_size_read() anywhere.
	 */
	loff_t i_size;
	u64 i_version;			/* modifications (stands in for mtime/ctime) */
	struct super_block *i_sb;
	const struct inode_operations *i_op;
	const struct file_operations *i_fop;
	struct address_space *i_mapping;	/* &i_data */
	struct address_space i_data;
	atomic_t i_count;		/* iput() of the last one evicts */
	struct rw_semaphore i_rwsem;	/* inode_lock(): size changes, fallocate */
	spinlock_t i_lock;		/* i_version, small fields */
	/* page-cache accounting: the mapping charges its folios here */
	struct mm_owner i_owner;
	void *i_private;
};

struct file {
	/*
	 * fput() of the last one queues the release; a count at 0 stays 0
	 * (get_file_active() fails on a dying file).
	 */
	atomic64_t f_count;
	fmode_t f_mode;
	unsigned int f_flags;		/* O_RDWR, O_CLOEXEC, O_LARGEFILE ... */
	const struct file_operations *f_op;
	struct address_space *f_mapping;
	struct inode *f_inode;
	void *private_data;
	char f_name[64];		/* "memfd:name", "anon_inode:[kvm-gmem]" */
	/*
	 * read(2)/write(2)/lseek(2)'s position; f_pos_lock serialises them as
	 * fdget_pos() does (FMODE_ATOMIC_POS: every model file is regular).
	 */
	loff_t f_pos;
	struct mutex f_pos_lock;
	/* The delayed-__fput queue (the kernel's f_task_work / f_llist). */
	struct callback_head f_task_work;	/* the deferred final __fput (task_work) */
	/* Freed after a grace period (SLAB_TYPESAFE_BY_RCU in the kernel). */
	struct rcu_head f_rcuhead;
};

static inline struct inode *file_inode(const struct file *file)
{
	return file->f_inode;
}

/* [struct kstat] the fields of stat(2) the model fills (mm_model/stat.c). */
struct kstat {
	umode_t mode;
	unsigned long ino;
	loff_t size;
	u32 blksize;
};

int vfs_getattr(struct file *file, struct kstat *stat);

/*
 * [path_noexec] on a noexec mount or a filesystem that forbids exec (the
 * model has no mount flags: the superblock's SB_I_NOEXEC only).
 */
static inline bool path_noexec(const struct file *file)
{
	return file->f_inode->i_sb && (file->f_inode->i_sb->s_iflags & SB_I_NOEXEC);
}

static inline loff_t i_size_read(const struct inode *inode)
{
	/* READ_ONCE: written under i_rwsem, read locklessly (faults, lookups) */
	return READ_ONCE(inode->i_size);
}

static inline void i_size_write(struct inode *inode, loff_t size)
{
	/* WRITE_ONCE: pairs with i_size_read's lockless readers */
	WRITE_ONCE(inode->i_size, size);
}

static inline void inode_lock(struct inode *inode)
{
	down_write(&inode->i_rwsem);
}

static inline void inode_unlock(struct inode *inode)
{
	up_write(&inode->i_rwsem);
}

static inline void inode_lock_shared(struct inode *inode)
{
	down_read(&inode->i_rwsem);
}

static inline void inode_unlock_shared(struct inode *inode)
{
	up_read(&inode->i_rwsem);
}

/* ---- inodes [fs/inode.c] ------------------------------------------------------- */

/*
 * [new_inode]: an inode of @sb with one reference, i_mapping = &i_data
 * (owner &i_owner, named @name, kind "file"), NULL on -ENOMEM.
 */
struct inode *new_inode(struct super_block *sb, const char *name);
/* [ihold]/[iput]: the last iput evicts (->evict_inode or truncate) and frees. */
void ihold(struct inode *inode);
void iput(struct inode *inode);
/* [inode_newsize_ok]: -EINVAL for negative, -EFBIG past s_maxbytes. */
int inode_newsize_ok(const struct inode *inode, loff_t offset);
/* [setattr_prepare, reduced]: size check of an ATTR_SIZE change. */
int setattr_prepare(struct inode *inode, const struct iattr *attr);
/* [simple_setattr]: generic size change through truncate_setsize(). */
int simple_setattr(struct inode *inode, struct iattr *attr);
/* [file_modified, reduced]: count a modification. */
void inode_inc_iversion(struct inode *inode);

/* ---- files [fs/file_table.c] ----------------------------------------------------- */

/*
 * [alloc_file_pseudo]: a file on @inode, taking over the caller's inode
 * reference; @flags are open flags (O_RDONLY/O_WRONLY/O_RDWR, O_CLOEXEC...).
 * f_mode gets FMODE_READ/WRITE from the access mode and FMODE_CAN_READ/WRITE
 * when @fops has read/write.  ERR_PTR(-ENOMEM) on failure (the inode
 * reference stays the caller's).
 */
struct file *alloc_file_pseudo(struct inode *inode, const char *name, int flags,
			       const struct file_operations *fops);

static inline struct file *get_file(struct file *file)
{
	atomic64_inc(&file->f_count);
	return file;
}

/*
 * [fput]: drop a reference.  The last one queues the final __fput (->release,
 * iput, RCU-deferred free), run at once if the caller holds no lock and no
 * RCU/SRCU read section (or the file has no ->release), else by the next
 * flush_delayed_fput().
 */
void fput(struct file *file);
/*
 * [task_work_run / flush_delayed_fput]: run the queued final releases.  The
 * "return to user space" of every model API that may drop a file reference
 * under a lock; the caller must hold no lock (->release takes sleeping ones).
 */
void flush_delayed_fput(void);

/*
 * [get_file_active]: a new reference on the file *@f points to, or NULL if
 * there is none or it is already in its last fput().  *@f is read locklessly:
 * safe because files are freed only after a grace period.
 */
struct file *get_file_active(struct file **f);

static inline long file_count(struct file *file)
{
	return atomic64_read(&file->f_count);
}

/* ---- system calls without the fd [fs/open.c, fs/read_write.c] ---------------- */

/* [vfs_fallocate]: the VFS checks in the kernel's order, then ->fallocate. */
int vfs_fallocate(struct file *file, int mode, loff_t offset, loff_t len);
/* [ksys_ftruncate + do_ftruncate + do_truncate + notify_change] */
int vfs_ftruncate(struct file *file, loff_t length);
/* [ksys_pread64 / vfs_read]: -EINVAL for pos < 0, -ESPIPE without FMODE_PREAD... */
ssize_t vfs_pread(struct file *file, u64 *words, size_t count, loff_t pos);
ssize_t vfs_pwrite(struct file *file, const u64 *words, size_t count, loff_t pos);
/* [ksys_read / ksys_write]: read(2)/write(2) at the file position, which they advance. */
ssize_t ksys_read(struct file *file, u64 *words, size_t count);
ssize_t ksys_write(struct file *file, const u64 *words, size_t count);
/* [ksys_lseek + vfs_llseek]: -EINVAL past SEEK_MAX, -ESPIPE without FMODE_LSEEK. */
loff_t ksys_lseek(struct file *file, loff_t offset, unsigned int whence);
/* [generic_file_llseek_size] SEEK_SET/CUR/END within @maxsize; @eof is the size. */
loff_t generic_file_llseek_size(struct file *file, loff_t offset, int whence, loff_t maxsize,
				loff_t eof);
/* [default_llseek] every whence; the file is all data with a hole at its end. */
loff_t default_llseek(struct file *file, loff_t offset, int whence);
/*
 * [path_openat of /proc/<pid>/fd/N -> do_dentry_open] a new file on @file's
 * inode, opened through the inode's own file operations (i_fop): what
 * reopening an fd through /proc does.  ERR_PTR(-ENXIO) for an inode that
 * cannot be opened (no_open_fops: anonymous inodes).
 */
struct file *vfs_reopen(struct file *file, int flags);

/* Words a byte range touches: the size of the @words array read/write need. */
static inline size_t rw_nr_words(loff_t pos, size_t count)
{
	if (!count)
		return 0;
	return ((pos + count - 1) >> PAGE_SHIFT) - (pos >> PAGE_SHIFT) + 1;
}

#endif /* _GMEMSIM_LINUX_FS_H */
