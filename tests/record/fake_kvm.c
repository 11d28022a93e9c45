// SPDX-License-Identifier: GPL-2.0
/*
 * libfakekvm.so: a stand-in for /dev/kvm for tests/record_test.sh, loaded
 * after libgmemsim-rec.so in LD_PRELOAD so that the shim's calls to the
 * "next" ioctl and open land here.  open("/dev/kvm") and the fds KVM would
 * create (VM, vCPU, guest_memfd) are memfds; the KVM ioctls on them succeed
 * with fixed, recognisable answers, so that the shim's success paths (fd
 * kinds, vCPU ids, exit_reason from the kvm_run page, the dirty bitmap, the
 * arguments as passed before KVM_PRE_FAULT_MEMORY advances them) are
 * checked without a kernel.  It is a test double, not a model: the model is
 * gmemsim itself.  Everything it creates goes through syscall(2), so the
 * shim, which interposes the libc entry points, does not see it.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/ioctl.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define KVMIO 0xAE
#define FAKE_MAX_FDS 1024

enum { FAKE_NONE, FAKE_KVM, FAKE_VM, FAKE_VCPU };
static int kind[FAKE_MAX_FDS];
static int runs[FAKE_MAX_FDS];

static int fake_fd(int k, long size)
{
	long fd = syscall(SYS_memfd_create, "fake-kvm", MFD_CLOEXEC);

	if (fd < 0 || fd >= FAKE_MAX_FDS)
		return -1;
	if (size && syscall(SYS_ftruncate, fd, size)) {
		syscall(SYS_close, fd);
		return -1;
	}
	kind[fd] = k;
	runs[fd] = 0;
	return (int)fd;
}

static int fake_kind(int fd)
{
	return fd >= 0 && fd < FAKE_MAX_FDS ? kind[fd] : FAKE_NONE;
}

static int fail(int err)
{
	errno = err;
	return -1;
}

static int fake_vm_ioctl(unsigned int nr, unsigned long arg)
{
	uint64_t *p = (uint64_t *)arg;

	if (arg && arg < 4096)
		return fail(EFAULT);
	switch (nr) {
	case 0x41:	/* KVM_CREATE_VCPU */
		return fake_fd(FAKE_VCPU, 4096);
	case 0x42:	/* KVM_GET_DIRTY_LOG: 8 pages dirty */
		if (!p[1])
			return fail(EFAULT);
		*(uint64_t *)(uintptr_t)p[1] = 0xf0f0;
		return 0;
	case 0x46:	/* KVM_SET_USER_MEMORY_REGION */
	case 0x49:	/* KVM_SET_USER_MEMORY_REGION2 */
		return p[2] & 0xfff ? fail(EINVAL) : 0;
	case 0xd4:	/* KVM_CREATE_GUEST_MEMFD */
		return fake_fd(FAKE_NONE, (long)p[0]);
	default:	/* KVM_SET_MEMORY_ATTRIBUTES included: a 6.18-legacy host */
		return fail(ENOTTY);
	}
}

static int fake_vcpu_ioctl(int fd, unsigned int nr, unsigned long arg)
{
	uint64_t *p = (uint64_t *)arg;
	uint32_t reason;

	switch (nr) {
	case 0x80:	/* KVM_RUN: HLT, then MMIO, ... in the kvm_run page */
		reason = runs[fd]++ & 1 ? 6 : 5;
		if (syscall(SYS_pwrite64, fd, &reason, sizeof(reason), 8) != sizeof(reason))
			return fail(EIO);
		return 0;
	case 0xd5:	/* KVM_PRE_FAULT_MEMORY: all of it, advancing the struct */
		p[0] += p[1];
		p[1] = 0;
		return 0;
	default:
		return fail(ENOTTY);
	}
}

int ioctl(int fd, unsigned long req, ...)
{
	static int (*next)(int, unsigned long, ...);
	unsigned long arg;
	va_list ap;

	va_start(ap, req);
	arg = va_arg(ap, unsigned long);
	va_end(ap);
	if (_IOC_TYPE(req) == KVMIO) {
		switch (fake_kind(fd)) {
		case FAKE_KVM:
			if (_IOC_NR(req) == 0x01)	/* KVM_CREATE_VM */
				return arg ? fail(EINVAL) : fake_fd(FAKE_VM, 0);
			if (_IOC_NR(req) == 0x03)	/* KVM_CHECK_EXTENSION */
				return (int)(arg % 3);
			return fail(EINVAL);
		case FAKE_VM:
			return fake_vm_ioctl(_IOC_NR(req), arg);
		case FAKE_VCPU:
			return fake_vcpu_ioctl(fd, _IOC_NR(req), arg);
		}
	}
	if (!next)
		next = (int (*)(int, unsigned long, ...))dlsym(RTLD_NEXT, "ioctl");
	return next(fd, req, arg);
}

static int (*next_open(void))(const char *, int, ...)
{
	static int (*next)(const char *, int, ...);

	if (!next)
		next = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
	return next;
}

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;

	if (!strcmp(path, "/dev/kvm"))
		return fake_fd(FAKE_KVM, 0);
	va_start(ap, flags);
	if (flags & (O_CREAT | __O_TMPFILE))
		mode = va_arg(ap, mode_t);
	va_end(ap);
	return next_open()(path, flags, mode);
}

int close(int fd)
{
	static int (*next)(int);

	if (fake_kind(fd))
		kind[fd] = FAKE_NONE;
	if (!next)
		next = (int (*)(int))dlsym(RTLD_NEXT, "close");
	return next(fd);
}
