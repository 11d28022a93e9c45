/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/fdtable.h, include/linux/file.h and
 * fs/file.c (get_unused_fd_flags, put_unused_fd, fd_install, fget, close_fd).
 *
 * The model's fd table: ioctls such as KVM_SET_USER_MEMORY_REGION2 name a
 * guest_memfd by number, and KVM_CREATE_GUEST_MEMFD returns one.  Simplified:
 * a files_struct is a flat array under one spinlock (no fdtable resizing or
 * RCU lookup), one per simulated process: a thread names its process with
 * files_set_current() (independent explorations on different OS threads each
 * have their own; without one, the process-wide default), RLIMIT_NOFILE fixed at
 * the default soft limit of 1024, fds 0-2 taken (stdio), lowest free fd
 * first as POSIX requires.  close_fd() drops the table's reference; the file
 * lives on while other references (mmaps, in-flight users) exist, and the
 * final release has run when close_fd() returns if the table held the last.
 */
#ifndef _GMEMSIM_LINUX_FDTABLE_H
#define _GMEMSIM_LINUX_FDTABLE_H

#include <linux/fs.h>
#include <linux/spinlock.h>

#define NR_OPEN_DEFAULT 1024

/* [struct files_struct]: the open files of one process. */
struct files_struct {
	spinlock_t file_lock;	/* protects fd_array; leaf */
	struct file *fd_array[NR_OPEN_DEFAULT];
};

struct files_struct *files_alloc(void);
/* Exit: close every fd still open (put_files_struct), free the table. */
void files_free(struct files_struct *files);
/* The calling thread's process (thread-local), or the default one. */
struct files_struct *files_current(void);
void files_set_current(struct files_struct *files);

/* A reserved fd, or -EMFILE. */
int get_unused_fd_flags(unsigned int flags);
void put_unused_fd(unsigned int fd);
/* Install @file (the caller's reference moves to the table) at a reserved fd. */
void fd_install(unsigned int fd, struct file *file);
/* The file at @fd with a new reference, or NULL (EBADF). */
struct file *fget(unsigned int fd);
/* close(2): 0 or -EBADF. */
int close_fd(unsigned int fd);
/* Convenience for tests/traces: reserve + install; fd or -EMFILE. */
int fd_install_new(struct file *file);

#endif /* _GMEMSIM_LINUX_FDTABLE_H */
