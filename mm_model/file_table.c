// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: fs/file.c (alloc_fd, fd_install, fget, close_fd): the
 * fd table of the VFS.  See include/linux/fdtable.h for what is simplified.
 */
#include <linux/fdtable.h>
#include <linux/spinlock.h>

#define FD_RESERVED ((struct file *)1UL)

/* file_lock: protects fd_array (the kernel's files->file_lock). Leaf lock. */
static DEFINE_SPINLOCK(file_lock);
static struct file *fd_array[NR_OPEN_DEFAULT];

int get_unused_fd_flags(unsigned int flags)
{
	int fd, r = -EMFILE;

	spin_lock(&file_lock);
	/* 0-2 are stdio. */
	for (fd = 3; fd < NR_OPEN_DEFAULT; fd++) {
		if (!fd_array[fd]) {
			fd_array[fd] = FD_RESERVED;
			r = fd;
			break;
		}
	}
	spin_unlock(&file_lock);
	return r;
}

void put_unused_fd(unsigned int fd)
{
	spin_lock(&file_lock);
	WARN_ON_ONCE(fd >= NR_OPEN_DEFAULT || fd_array[fd] != FD_RESERVED);
	if (fd < NR_OPEN_DEFAULT)
		fd_array[fd] = NULL;
	spin_unlock(&file_lock);
}

void fd_install(unsigned int fd, struct file *file)
{
	spin_lock(&file_lock);
	BUG_ON(fd >= NR_OPEN_DEFAULT || fd_array[fd] != FD_RESERVED);
	fd_array[fd] = file;
	spin_unlock(&file_lock);
}

int fd_install_new(struct file *file)
{
	int fd = get_unused_fd_flags(0);

	if (fd >= 0)
		fd_install(fd, file);
	return fd;
}

struct file *fget(unsigned int fd)
{
	struct file *file = NULL;

	spin_lock(&file_lock);
	if (fd < NR_OPEN_DEFAULT && fd_array[fd] && fd_array[fd] != FD_RESERVED)
		file = get_file(fd_array[fd]);
	spin_unlock(&file_lock);
	return file;
}

int close_fd(unsigned int fd)
{
	struct file *file = NULL;

	spin_lock(&file_lock);
	if (fd < NR_OPEN_DEFAULT && fd_array[fd] != FD_RESERVED) {
		file = fd_array[fd];
		fd_array[fd] = NULL;
	}
	spin_unlock(&file_lock);
	if (!file)
		return -EBADF;
	/* Outside file_lock: the last reference runs ->release (sleeping locks). */
	fput(file);
	/* Return to user space: the final __fput has run when close() returns. */
	flush_delayed_fput();
	return 0;
}
