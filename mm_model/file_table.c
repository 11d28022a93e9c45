// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: fs/file.c (alloc_fd, fd_install, fget, close_fd) and the
 * files_struct of include/linux/fdtable.h.  See fdtable.h for what is
 * simplified.
 */
#include <linux/fdtable.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

#define FD_RESERVED ((struct file *)1UL)

static struct files_struct init_files = {
	.file_lock = __SPIN_LOCK_UNLOCKED(init_files.file_lock),
};
/* The process the calling thread belongs to; NULL: the default process. */
static __thread struct files_struct *current_files;

struct files_struct *files_current(void)
{
	return current_files ? current_files : &init_files;
}

void files_set_current(struct files_struct *files)
{
	current_files = files;
}

struct files_struct *files_alloc(void)
{
	struct files_struct *files = kzalloc(sizeof(*files), GFP_KERNEL);

	if (files)
		spin_lock_init(&files->file_lock);
	return files;
}

void files_free(struct files_struct *files)
{
	/* [put_files_struct / close_files]: exit closes every fd left open. */
	for (unsigned int fd = 0; fd < NR_OPEN_DEFAULT; fd++) {
		struct file *file = files->fd_array[fd];

		if (file && file != FD_RESERVED)
			fput(file);
	}
	kfree(files);
}

int get_unused_fd_flags(unsigned int flags)
{
	struct files_struct *files = files_current();
	int fd, r = -EMFILE;

	spin_lock(&files->file_lock);
	/* 0-2 are stdio; lowest free fd first, as POSIX requires. */
	for (fd = 3; fd < NR_OPEN_DEFAULT; fd++) {
		if (!files->fd_array[fd]) {
			files->fd_array[fd] = FD_RESERVED;
			r = fd;
			break;
		}
	}
	spin_unlock(&files->file_lock);
	return r;
}

void put_unused_fd(unsigned int fd)
{
	struct files_struct *files = files_current();

	spin_lock(&files->file_lock);
	WARN_ON_ONCE(fd >= NR_OPEN_DEFAULT || files->fd_array[fd] != FD_RESERVED);
	if (fd < NR_OPEN_DEFAULT)
		files->fd_array[fd] = NULL;
	spin_unlock(&files->file_lock);
}

void fd_install(unsigned int fd, struct file *file)
{
	struct files_struct *files = files_current();

	spin_lock(&files->file_lock);
	BUG_ON(fd >= NR_OPEN_DEFAULT || files->fd_array[fd] != FD_RESERVED);
	files->fd_array[fd] = file;
	spin_unlock(&files->file_lock);
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
	struct files_struct *files = files_current();
	struct file *file = NULL;

	spin_lock(&files->file_lock);
	if (fd < NR_OPEN_DEFAULT && files->fd_array[fd] && files->fd_array[fd] != FD_RESERVED)
		file = get_file(files->fd_array[fd]);
	spin_unlock(&files->file_lock);
	return file;
}

int close_fd(unsigned int fd)
{
	struct files_struct *files = files_current();
	struct file *file = NULL;

	spin_lock(&files->file_lock);
	if (fd < NR_OPEN_DEFAULT && files->fd_array[fd] != FD_RESERVED) {
		file = files->fd_array[fd];
		files->fd_array[fd] = NULL;
	}
	spin_unlock(&files->file_lock);
	if (!file)
		return -EBADF;
	/* Outside file_lock: the last reference runs ->release (sleeping locks). */
	fput(file);
	/* Return to user space: the final __fput has run when close() returns. */
	flush_delayed_fput();
	return 0;
}
