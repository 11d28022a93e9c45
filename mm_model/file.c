// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: fs/open.c (vfs_fallocate, ksys_ftruncate/do_ftruncate/
 * do_truncate), fs/attr.c (notify_change, setattr_prepare, inode_newsize_ok),
 * fs/libfs.c (simple_setattr), fs/read_write.c (vfs_read/vfs_write,
 * ksys_pread64/pwrite64, rw_verify_area), fs/file_table.c (alloc_file_pseudo,
 * fput) and fs/inode.c (new_inode, iput, evict).
 *
 * Simplified against the kernel: no dentries/mounts/credentials/LSM/
 * fsnotify (the fd table is mm_model/file_table.c), a 64-bit model
 * (every file is O_LARGEFILE), data moves as content words (see linux/fs.h).
 */
#include <linux/compiler.h>
#include <stdio.h>

#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/task_work.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

static atomic64_t last_ino = ATOMIC64_INIT(0);

/* [no_open] what opening an inode without file operations of its own gives */
static int no_open(struct inode *inode, struct file *file)
{
	return -ENXIO;
}

/* [no_open_fops] every inode's i_fop until its filesystem sets one */
static const struct file_operations no_open_fops = {
	.open = no_open,
};

/* ---- inodes ------------------------------------------------------------------------ */

struct inode *new_inode(struct super_block *sb, const char *name)
{
	struct inode *inode;

	if (sb->s_op && sb->s_op->alloc_inode)
		inode = sb->s_op->alloc_inode(sb);
	else
		inode = kzalloc(sizeof(*inode), GFP_KERNEL);
	if (!inode)
		return NULL;
	inode->i_sb = sb;
	inode->i_ino = (unsigned long)atomic64_inc_return(&last_ino);
	inode->i_mode = S_IFREG;
	inode->i_flags = 0;
	inode->i_fop = &no_open_fops;	/* [inode_init_always] */
	inode->i_size = 0;
	inode->i_version = 0;
	atomic_set(&inode->i_count, 1);
	init_rwsem(&inode->i_rwsem);
	spin_lock_init(&inode->i_lock);
	mm_owner_init(&inode->i_owner, "file", name);
	address_space_init_once(&inode->i_data);
	inode->i_data.host = inode;
	inode->i_data.owner = &inode->i_owner;
	inode->i_mapping = &inode->i_data;
	return inode;
}

void ihold(struct inode *inode)
{
	WARN_ON(atomic_inc_return(&inode->i_count) < 2);
}

/* [evict + destroy_inode]: the last reference is gone. */
static void evict(struct inode *inode)
{
	const struct super_operations *op = inode->i_sb->s_op;

	if (op && op->evict_inode)
		op->evict_inode(inode);
	else
		truncate_inode_pages_final(&inode->i_data);
	/* [clear_inode]: the page cache must be empty by now */
	WARN_ON(inode->i_data.nrpages);
	xa_destroy(&inode->i_data.i_pages);
	if (op && op->free_inode)
		op->free_inode(inode);
	else
		kfree(inode);
}

void iput(struct inode *inode)
{
	int count = atomic_dec_return(&inode->i_count);

	if (WARN_ON(count < 0))
		return;
	if (!count)
		evict(inode);
}

int inode_newsize_ok(const struct inode *inode, loff_t offset)
{
	if (offset < 0)
		return -EINVAL;
	if (i_size_read(inode) < offset) {
		if (offset > inode->i_sb->s_maxbytes)
			return -EFBIG;
	} else if (IS_SWAPFILE(inode)) {
		return -ETXTBSY;
	}
	return 0;
}

int setattr_prepare(struct inode *inode, const struct iattr *attr)
{
	if (attr->ia_valid & ATTR_SIZE)
		return inode_newsize_ok(inode, attr->ia_size);
	return 0;
}

void inode_inc_iversion(struct inode *inode)
{
	/* i_lock: i_version is bumped by concurrent writers of one file */
	spin_lock(&inode->i_lock);
	inode->i_version++;
	spin_unlock(&inode->i_lock);
}

int simple_setattr(struct inode *inode, struct iattr *attr)
{
	int err = setattr_prepare(inode, attr);

	if (err)
		return err;
	if (attr->ia_valid & ATTR_SIZE)
		truncate_setsize(inode, attr->ia_size);
	if (attr->ia_valid & ATTR_MODE)
		inode->i_mode = (inode->i_mode & S_IFMT) | (attr->ia_mode & ~S_IFMT);
	inode_inc_iversion(inode);
	return 0;
}

/* [notify_change]: caller holds inode_lock. */
static int notify_change(struct inode *inode, struct iattr *attr)
{
	lockdep_assert_held_write(&inode->i_rwsem);
	if ((attr->ia_valid & ATTR_MODE) && (IS_IMMUTABLE(inode) || IS_APPEND(inode)))
		return -EPERM;
	if (inode->i_op && inode->i_op->setattr)
		return inode->i_op->setattr(inode, attr);
	return simple_setattr(inode, attr);
}

/* ---- files ---------------------------------------------------------------------------- */

struct file *alloc_file_pseudo(struct inode *inode, const char *name, int flags,
			       const struct file_operations *fops)
{
	struct file *file = kzalloc(sizeof(*file), GFP_KERNEL);

	if (!file)
		return ERR_PTR(-ENOMEM);
	atomic64_set(&file->f_count, 1);
	file->f_flags = (unsigned int)flags;
	/* [OPEN_FMODE]: O_RDONLY/O_WRONLY/O_RDWR + 1 are the FMODE_READ/WRITE bits */
	file->f_mode = (fmode_t)((flags + 1) & O_ACCMODE);
	/* [file_init_path] */
	if (fops->llseek)
		file->f_mode |= FMODE_LSEEK;
	if ((file->f_mode & FMODE_READ) && fops->read)
		file->f_mode |= FMODE_CAN_READ;
	if ((file->f_mode & FMODE_WRITE) && fops->write)
		file->f_mode |= FMODE_CAN_WRITE;
	mutex_init(&file->f_pos_lock);
	file->f_op = fops;
	file->f_inode = inode;
	file->f_mapping = inode->i_mapping;
	snprintf(file->f_name, sizeof(file->f_name), "%s", name);
	return file;
}

/* [file_free]: after a grace period, for get_file_active()'s lockless readers. */
static void file_free_rcu(struct rcu_head *head)
{
	kfree(container_of(head, struct file, f_rcuhead));
}

/* [__fput]: the last reference is gone; the caller holds no lock. */
static void __fput(struct file *file)
{
	struct inode *inode = file->f_inode;

	if (file->f_op->release)
		file->f_op->release(inode, file);
	iput(inode);
	call_rcu(&file->f_rcuhead, file_free_rcu);
}

/* Would task_work run here?  Only with nothing held: no lock, no read section. */
static bool fput_at_return_to_user(void)
{
	return !current->lockdep_depth && !rcu_read_lock_held();
}

/* The task_work callback: the deferred final __fput. */
static void ____fput(struct callback_head *work)
{
	__fput(container_of(work, struct file, f_task_work));
}

/*
 * [task_work_run at return to user space]: the final fput()s this task
 * deferred.  ->release takes sleeping locks: never from inside a critical
 * section.
 */
void flush_delayed_fput(void)
{
	WARN_ON_ONCE(!fput_at_return_to_user());
	task_work_run();
}

void fput(struct file *file)
{
	/* fully ordered: all use of the file precedes the release */
	long count = atomic64_dec_return(&file->f_count);

	if (WARN_ON(count < 0))
		return;
	if (count)
		return;

	/*
	 * Model shortcut: a file without ->release only drops its inode, whose
	 * eviction takes nothing the caller may hold (folio locks, leaf locks),
	 * so it is released at once wherever the last reference drops.
	 */
	if (!file->f_op->release) {
		__fput(file);
		return;
	}

	/*
	 * [fput]: the kernel defers the final __fput to task work, run when
	 * this task returns to user space; a release under the caller's locks
	 * could deadlock (guest_memfd's takes slots_lock).
	 */
	file->f_task_work.func = ____fput;
	task_work_add_current(&file->f_task_work);
	if (fput_at_return_to_user())
		flush_delayed_fput();
}

struct file *get_file_active(struct file **f)
{
	struct file *file;

	/* The file cannot be freed under us: file_free_rcu() waits for us. */
	rcu_read_lock();
	for (;;) {
		/* Pairs with the WRITE_ONCE()s of whoever publishes/clears *@f. */
		file = READ_ONCE(*f);
		if (!file)
			break;
		/* A zero count stays zero: the file is in its final fput. */
		if (!atomic64_inc_not_zero(&file->f_count)) {
			file = NULL;
			break;
		}
		/* Still the same file?  Else we pinned one that moved on. */
		if (READ_ONCE(*f) == file)
			break;
		rcu_read_unlock();
		fput(file);
		rcu_read_lock();
	}
	rcu_read_unlock();
	return file;
}

/* ---- fallocate and ftruncate [fs/open.c] ------------------------------------------ */

int vfs_fallocate(struct file *file, int mode, loff_t offset, loff_t len)
{
	struct inode *inode = file_inode(file);
	loff_t sum;
	int ret;

	if (offset < 0 || len <= 0)
		return -EINVAL;
	if (mode & ~(FALLOC_FL_MODE_MASK | FALLOC_FL_KEEP_SIZE))
		return -EOPNOTSUPP;
	/* the modes are exclusive values, ALLOCATE_RANGE being "no bit" */
	switch (mode & FALLOC_FL_MODE_MASK) {
	case FALLOC_FL_ALLOCATE_RANGE:
	case FALLOC_FL_UNSHARE_RANGE:
	case FALLOC_FL_ZERO_RANGE:
		break;
	case FALLOC_FL_PUNCH_HOLE:
		if (!(mode & FALLOC_FL_KEEP_SIZE))
			return -EOPNOTSUPP;
		break;
	case FALLOC_FL_COLLAPSE_RANGE:
	case FALLOC_FL_INSERT_RANGE:
	case FALLOC_FL_WRITE_ZEROES:
		if (mode & FALLOC_FL_KEEP_SIZE)
			return -EOPNOTSUPP;
		break;
	default:
		return -EOPNOTSUPP;
	}
	if (!(file->f_mode & FMODE_WRITE))
		return -EBADF;
	if ((mode & ~FALLOC_FL_KEEP_SIZE) && IS_APPEND(inode))
		return -EPERM;
	if (IS_IMMUTABLE(inode))
		return -EPERM;
	if (IS_SWAPFILE(inode))
		return -ETXTBSY;
	if (S_ISFIFO(inode->i_mode))
		return -ESPIPE;
	if (S_ISDIR(inode->i_mode))
		return -EISDIR;
	if (!S_ISREG(inode->i_mode) && !S_ISBLK(inode->i_mode))
		return -ENODEV;
	if (check_add_overflow(offset, len, &sum))
		return -EFBIG;
	if (sum > inode->i_sb->s_maxbytes)
		return -EFBIG;
	if (!file->f_op->fallocate)
		return -EOPNOTSUPP;
	ret = (int)file->f_op->fallocate(file, mode, offset, len);
	return ret;
}

int vfs_ftruncate(struct file *file, loff_t length)
{
	struct inode *inode = file_inode(file);
	struct iattr attr = {
		.ia_valid = ATTR_SIZE | ATTR_MTIME | ATTR_CTIME,
		.ia_size = length,
		.ia_file = file,
	};
	int ret;

	/* [ksys_ftruncate] */
	if (length < 0)
		return -EINVAL;
	/* [do_ftruncate]; every model file is O_LARGEFILE */
	if (!S_ISREG(inode->i_mode) || !(file->f_mode & FMODE_WRITE))
		return -EINVAL;
	if (IS_APPEND(inode))
		return -EPERM;
	/* [do_truncate]; i_rwsem: the size change is one step for other writers */
	inode_lock(inode);
	ret = notify_change(inode, &attr);
	inode_unlock(inode);
	return ret;
}

/* ---- read and write [fs/read_write.c] ------------------------------------------------ */

/* [rw_verify_area] without unsigned-offset files. */
static int rw_verify_area(loff_t pos, size_t count)
{
	loff_t end;

	if ((ssize_t)count < 0)
		return -EINVAL;
	if (pos < 0 || check_add_overflow(pos, (loff_t)count, &end))
		return -EINVAL;
	return 0;
}

/* [vfs_read] */
static ssize_t vfs_read(struct file *file, u64 *words, size_t count, loff_t *pos)
{
	int ret;

	if (!(file->f_mode & FMODE_READ))
		return -EBADF;
	if (!(file->f_mode & FMODE_CAN_READ))
		return -EINVAL;
	if (!words && count)
		return -EFAULT;
	ret = rw_verify_area(*pos, count);
	if (ret)
		return ret;
	count = min_t(size_t, count, MAX_RW_COUNT);
	return file->f_op->read(file, words, count, pos);
}

/* [vfs_write] */
static ssize_t vfs_write(struct file *file, const u64 *words, size_t count, loff_t *pos)
{
	int ret;

	if (!(file->f_mode & FMODE_WRITE))
		return -EBADF;
	if (!(file->f_mode & FMODE_CAN_WRITE))
		return -EINVAL;
	if (!words && count)
		return -EFAULT;
	ret = rw_verify_area(*pos, count);
	if (ret)
		return ret;
	count = min_t(size_t, count, MAX_RW_COUNT);
	return file->f_op->write(file, words, count, pos);
}

ssize_t vfs_pread(struct file *file, u64 *words, size_t count, loff_t pos)
{
	/* [ksys_pread64] */
	if (pos < 0)
		return -EINVAL;
	if (!(file->f_mode & FMODE_PREAD))
		return -ESPIPE;
	return vfs_read(file, words, count, &pos);
}

ssize_t vfs_pwrite(struct file *file, const u64 *words, size_t count, loff_t pos)
{
	/* [ksys_pwrite64] */
	if (pos < 0)
		return -EINVAL;
	if (!(file->f_mode & FMODE_PWRITE))
		return -ESPIPE;
	return vfs_write(file, words, count, &pos);
}

ssize_t ksys_read(struct file *file, u64 *words, size_t count)
{
	loff_t pos;
	ssize_t ret;

	/* [fdget_pos] the position is read, used and written back as one step */
	mutex_lock(&file->f_pos_lock);
	pos = file->f_pos;
	ret = vfs_read(file, words, count, &pos);
	if (ret >= 0)
		file->f_pos = pos;
	mutex_unlock(&file->f_pos_lock);
	return ret;
}

ssize_t ksys_write(struct file *file, const u64 *words, size_t count)
{
	loff_t pos;
	ssize_t ret;

	mutex_lock(&file->f_pos_lock);	/* [fdget_pos] */
	pos = file->f_pos;
	ret = vfs_write(file, words, count, &pos);
	if (ret >= 0)
		file->f_pos = pos;
	mutex_unlock(&file->f_pos_lock);
	return ret;
}

/* [vfs_setpos] */
static loff_t vfs_setpos(struct file *file, loff_t offset, loff_t maxsize)
{
	if (offset < 0 || offset > maxsize)
		return -EINVAL;
	file->f_pos = offset;
	return offset;
}

loff_t generic_file_llseek_size(struct file *file, loff_t offset, int whence, loff_t maxsize,
				loff_t eof)
{
	switch (whence) {
	case SEEK_END:
		offset += eof;
		break;
	case SEEK_CUR:
		/* [the f_pos_lock-free SEEK_CUR 0: ftell] */
		if (!offset)
			return file->f_pos;
		offset += file->f_pos;
		break;
	case SEEK_SET:
		break;
	default:
		/* SEEK_DATA/SEEK_HOLE need the filesystem's own llseek */
		return -EINVAL;
	}
	return vfs_setpos(file, offset, maxsize);
}

loff_t default_llseek(struct file *file, loff_t offset, int whence)
{
	struct inode *inode = file_inode(file);
	loff_t ret;

	inode_lock(inode);	/* i_size holds still */
	switch (whence) {
	case SEEK_END:
		offset += inode->i_size;
		break;
	case SEEK_CUR:
		if (!offset) {
			ret = file->f_pos;
			goto out;
		}
		offset += file->f_pos;
		break;
	case SEEK_DATA:
		/* the whole file is data */
		if (offset >= inode->i_size) {
			ret = -ENXIO;
			goto out;
		}
		break;
	case SEEK_HOLE:
		/* and there is a virtual hole at its end */
		if (offset >= inode->i_size) {
			ret = -ENXIO;
			goto out;
		}
		offset = inode->i_size;
		break;
	}
	ret = -EINVAL;
	if (offset >= 0) {
		file->f_pos = offset;
		ret = offset;
	}
out:
	inode_unlock(inode);
	return ret;
}

loff_t ksys_lseek(struct file *file, loff_t offset, unsigned int whence)
{
	loff_t ret = -EINVAL;

	mutex_lock(&file->f_pos_lock);	/* [fdget_pos] */
	if (whence <= SEEK_MAX) {
		/* [vfs_llseek] */
		if (!(file->f_mode & FMODE_LSEEK))
			ret = -ESPIPE;
		else
			ret = file->f_op->llseek(file, offset, (int)whence);
	}
	mutex_unlock(&file->f_pos_lock);
	return ret;
}

struct file *vfs_reopen(struct file *file, int flags)
{
	struct inode *inode = file_inode(file);
	const struct file_operations *fops = inode->i_fop;
	struct file *f;
	int err;

	/* [do_dentry_open] the file's operations are the inode's, not the old file's */
	ihold(inode);
	f = alloc_file_pseudo(inode, file->f_name, flags, fops);
	if (IS_ERR(f)) {
		iput(inode);
		return f;
	}
	/* normally all three are set (LSEEK only with an llseek); ->open() can clear them */
	f->f_mode |= FMODE_PREAD | FMODE_PWRITE;
	err = fops->open ? fops->open(inode, f) : 0;
	if (err) {
		fput(f);
		return ERR_PTR(err);
	}
	return f;
}
