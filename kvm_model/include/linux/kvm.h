/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/uapi/linux/kvm.h and
 * arch/x86/include/uapi/asm/kvm.h (Linux 6.18).
 *
 * The uapi structs, flags and constants the control plane takes, with the
 * kernel's names, layouts and values, so a trace or a test reads like a VMM.
 * Only what kvm_model implements is here.  The ioctl numbers are the real
 * _IO* encodings; kvm_vm_ioctl() dispatches on them.
 */
#ifndef _GMEMSIM_UAPI_LINUX_KVM_H
#define _GMEMSIM_UAPI_LINUX_KVM_H

#include <linux/types.h>

/* ---- ioctl encoding [include/uapi/asm-generic/ioctl.h] ---------------- */
#define _KVM_IOC_NRBITS 8
#define _KVM_IOC_TYPEBITS 8
#define _KVM_IOC_SIZEBITS 14
#define _KVM_IOC_NRSHIFT 0
#define _KVM_IOC_TYPESHIFT (_KVM_IOC_NRSHIFT + _KVM_IOC_NRBITS)
#define _KVM_IOC_SIZESHIFT (_KVM_IOC_TYPESHIFT + _KVM_IOC_TYPEBITS)
#define _KVM_IOC_DIRSHIFT (_KVM_IOC_SIZESHIFT + _KVM_IOC_SIZEBITS)
#define _KVM_IOC(dir, type, nr, size)                                                  \
	(((dir) << _KVM_IOC_DIRSHIFT) | ((type) << _KVM_IOC_TYPESHIFT) |               \
	 ((nr) << _KVM_IOC_NRSHIFT) | ((size) << _KVM_IOC_SIZESHIFT))
#define _KVM_IO(type, nr) _KVM_IOC(0U, type, nr, 0U)
#define _KVM_IOW(type, nr, t) _KVM_IOC(1U, type, nr, (unsigned int)sizeof(t))
#define _KVM_IOWR(type, nr, t) _KVM_IOC(3U, type, nr, (unsigned int)sizeof(t))

#define KVMIO 0xAE

/* ---- VM types (x86) [arch/x86/include/uapi/asm/kvm.h] ------------------ */
#define KVM_X86_DEFAULT_VM 0
#define KVM_X86_SW_PROTECTED_VM 1

/* ---- memslots ---------------------------------------------------------- */
struct kvm_userspace_memory_region {
	__u32 slot;		/* bits 16-31: address space id, 0-15: slot id */
	__u32 flags;
	__u64 guest_phys_addr;
	__u64 memory_size;	/* bytes */
	__u64 userspace_addr;	/* start of the userspace allocated memory */
};

struct kvm_userspace_memory_region2 {
	__u32 slot;
	__u32 flags;
	__u64 guest_phys_addr;
	__u64 memory_size;
	__u64 userspace_addr;
	__u64 guest_memfd_offset;
	__u32 guest_memfd;
	__u32 pad1;
	__u64 pad2[14];
};

/* [KVM_GET_DIRTY_LOG] slot = as_id << 16 | id; the bitmap is the caller's. */
struct kvm_dirty_log {
	__u32 slot;
	__u32 padding1;
	union {
		void *dirty_bitmap;
		__u64 padding2;
	};
};

/* User-settable memslot flags; bits 16+ are KVM-internal (kvm_host.h). */
#define KVM_MEM_LOG_DIRTY_PAGES (1UL << 0)
#define KVM_MEM_READONLY (1UL << 1)
#define KVM_MEM_GUEST_MEMFD (1UL << 2)

/* ---- memory attributes ------------------------------------------------- */
struct kvm_memory_attributes {
	__u64 address;
	__u64 size;
	__u64 attributes;
	__u64 flags;
};

#define KVM_MEMORY_ATTRIBUTE_PRIVATE (1ULL << 3)

/* ---- guest_memfd -------------------------------------------------------- */
struct kvm_create_guest_memfd {
	__u64 size;
	__u64 flags;
	__u64 reserved[6];
};

#define GUEST_MEMFD_FLAG_MMAP (1ULL << 0)
#define GUEST_MEMFD_FLAG_INIT_SHARED (1ULL << 1)

/* ---- memory fault exit --------------------------------------------------- */
/* kvm_run.exit_reason values a recording names. */
#define KVM_EXIT_UNKNOWN 0
#define KVM_EXIT_IO 2
#define KVM_EXIT_HLT 5
#define KVM_EXIT_MMIO 6
#define KVM_EXIT_MEMORY_FAULT 39
#define KVM_MEMORY_EXIT_FLAG_PRIVATE (1ULL << 3)

/* ---- ioctls --------------------------------------------------------------- */
#define KVM_API_VERSION 12
/* /dev/kvm */
#define KVM_GET_API_VERSION _KVM_IO(KVMIO, 0x00)
#define KVM_CREATE_VM _KVM_IO(KVMIO, 0x01)
#define KVM_GET_VCPU_MMAP_SIZE _KVM_IO(KVMIO, 0x04)
#define KVM_TRACE_ENABLE _KVM_IO(KVMIO, 0x06)
#define KVM_TRACE_PAUSE _KVM_IO(KVMIO, 0x07)
#define KVM_TRACE_DISABLE _KVM_IO(KVMIO, 0x08)
/* VM and vCPU ioctls a VMM may issue on /dev/kvm by mistake (dev_ioctl in a trace) */
#define KVM_CREATE_VCPU _KVM_IO(KVMIO, 0x41)
#define KVM_RUN _KVM_IO(KVMIO, 0x80)
#define KVM_PRE_FAULT_MEMORY _KVM_IOWR(KVMIO, 0xd5, struct kvm_pre_fault_memory)
#define KVM_CHECK_EXTENSION _KVM_IO(KVMIO, 0x03)
#define KVM_GET_DIRTY_LOG _KVM_IOW(KVMIO, 0x42, struct kvm_dirty_log)
#define KVM_SET_USER_MEMORY_REGION _KVM_IOW(KVMIO, 0x46, struct kvm_userspace_memory_region)
#define KVM_SET_USER_MEMORY_REGION2 _KVM_IOW(KVMIO, 0x49, struct kvm_userspace_memory_region2)
#define KVM_SET_MEMORY_ATTRIBUTES _KVM_IOW(KVMIO, 0xd2, struct kvm_memory_attributes)
#define KVM_CREATE_GUEST_MEMFD _KVM_IOWR(KVMIO, 0xd4, struct kvm_create_guest_memfd)

/* ---- capabilities (values of 6.18) ----------------------------------------- */
#define KVM_CAP_USER_MEMORY 3
#define KVM_CAP_NR_MEMSLOTS 10
#define KVM_CAP_READONLY_MEM 81
#define KVM_CAP_MULTI_ADDRESS_SPACE 118
#define KVM_CAP_USER_MEMORY2 231
#define KVM_CAP_MEMORY_FAULT_INFO 232
#define KVM_CAP_MEMORY_ATTRIBUTES 233
#define KVM_CAP_GUEST_MEMFD 234
#define KVM_CAP_VM_TYPES 235
#define KVM_CAP_PRE_FAULT_MEMORY 236
#define KVM_CAP_GUEST_MEMFD_FLAGS 244

#endif /* _GMEMSIM_UAPI_LINUX_KVM_H */
