/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/types.h, include/linux/kvm_types.h.
 *
 * The system's <linux/types.h> is pulled in first (system headers such as
 * <linux/futex.h> include it and expect its __u32 & co.); this file adds the
 * kernel-internal names on top.
 */
#ifndef _GMEMSIM_LINUX_TYPES_H
#define _GMEMSIM_LINUX_TYPES_H

#include_next <linux/types.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

typedef u64 phys_addr_t;
typedef unsigned long pgoff_t;
typedef unsigned int gfp_t;
typedef long long loff_t_k;	/* loff_t comes from <sys/types.h> */

/* KVM's address types [include/linux/kvm_types.h]. */
typedef u64 gpa_t;
typedef u64 gfn_t;
typedef unsigned long gva_t;
typedef unsigned long hva_t;
typedef unsigned long hfn_t;
typedef hfn_t kvm_pfn_t;

#endif /* _GMEMSIM_LINUX_TYPES_H */
