// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: fs/stat.c (vfs_fstat, vfs_getattr, generic_fillattr),
 * Linux 6.18.
 *
 * Simplified: no security hook, no ->getattr (shmem's and guest_memfd's add
 * nothing the model keeps), no timestamps, owner, device or i_blocks (shmem
 * charges its pages there, guest_memfd does not): the mode, inode number and
 * size, which is what a VMM checks.
 */
#include <linux/fs.h>

int vfs_getattr(struct file *file, struct kstat *stat)
{
	struct inode *inode = file_inode(file);

	stat->mode = inode->i_mode;
	stat->ino = inode->i_ino;
	stat->size = i_size_read(inode);
	stat->blksize = PAGE_SIZE;
	return 0;
}
