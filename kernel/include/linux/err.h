/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/err.h.  Error pointers carry a negative
 * errno in the top 4095 values of the address space, as in the kernel.
 */
#ifndef _GMEMSIM_LINUX_ERR_H
#define _GMEMSIM_LINUX_ERR_H

#include <errno.h>
#include <linux/compiler.h>
#include <stdbool.h>

#define MAX_ERRNO 4095
#define IS_ERR_VALUE(x) unlikely((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)

/* Errnos the kernel has that userspace <errno.h> lacks [include/linux/errno.h]. */
#ifndef ERESTARTSYS
#define ERESTARTSYS 512
#endif
#ifndef ENOTSUPP
#define ENOTSUPP 524
#endif

static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

static inline bool IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE((unsigned long)ptr);
}

static inline bool IS_ERR_OR_NULL(const void *ptr)
{
	return !ptr || IS_ERR_VALUE((unsigned long)ptr);
}

static inline void *ERR_CAST(const void *ptr)
{
	return (void *)ptr;
}

static inline int PTR_ERR_OR_ZERO(const void *ptr)
{
	return IS_ERR(ptr) ? (int)PTR_ERR(ptr) : 0;
}

#endif /* _GMEMSIM_LINUX_ERR_H */
