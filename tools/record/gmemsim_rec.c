// SPDX-License-Identifier: GPL-2.0
/*
 * libgmemsim-rec.so: an LD_PRELOAD shim that writes one recorder marker per
 * operation a VMM makes on KVM and guest memory, at the syscall boundary, in
 * the grammar of ../shared/real-kernel/README.md:
 *
 *	gmemsim-rec: <op> key=value ... ret=<value>
 *
 * Each marker is one write(2) to GMEMSIM_REC_MARKER (default
 * /sys/kernel/tracing/trace_marker; tools/record/gmemsim-record points it at
 * its private instance's trace_marker), made after the call returned, so the
 * kernel events a call caused sit before its marker in the trace; only
 * kvm_run_begin is written before its KVM_RUN.  Values are the raw ones the
 * VMM passed: addresses, sizes and offsets in hex, fds, slots, flags, modes
 * and advice in decimal, ret as the kernel's return value or -ENAME.
 *
 * What it sees and what it cannot:
 *  - the KVM ioctls are recognised by request number on any fd (so a KVM
 *    ioctl issued on the wrong fd is recorded with its -ENOTTY/-EINVAL);
 *    vCPUs are named by the id they were created with, so a KVM_RUN on an
 *    fd no recorded KVM_CREATE_VCPU returned is not recorded;
 *  - exit_reason is read from the vCPU's kvm_run page, found when the VMM
 *    mmap()s the vCPU fd; each KVM_RUN is its own run (mmio_exits=0);
 *  - mmap is recorded for anonymous mappings and for memfds and
 *    guest_memfds the VMM created while the shim was loaded; ftruncate,
 *    fallocate and close only on those fds and on the KVM fds; munmap,
 *    mprotect and madvise always (the shim does not know which ranges hold
 *    guest memory);
 *  - calls made through syscall(2), or by libc internally (malloc's own
 *    mmap), bypass any LD_PRELOAD shim; so do the VMM's own loads and
 *    stores to guest memory (host_access markers need a cooperating VMM).
 *
 * The shim keeps its marker fd at or above GMEMSIM_REC_FD_BASE so that the
 * VMM's fds get the numbers they would get without it, and a close() of
 * that fd by the VMM fails with EBADF as it would without the shim.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/ioctl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

/* The uapi of Linux 6.18 include/uapi/linux/kvm.h; Debian's headers predate
 * guest_memfd, so the layouts the shim reads are spelled out here. */
#define KVMIO 0xAE

struct rec_kvm_userspace_memory_region {
	uint32_t slot;
	uint32_t flags;
	uint64_t guest_phys_addr;
	uint64_t memory_size;
	uint64_t userspace_addr;
};

struct rec_kvm_userspace_memory_region2 {
	uint32_t slot;
	uint32_t flags;
	uint64_t guest_phys_addr;
	uint64_t memory_size;
	uint64_t userspace_addr;
	uint64_t guest_memfd_offset;
	uint32_t guest_memfd;
	uint32_t pad1;
	uint64_t pad2[14];
};

struct rec_kvm_memory_attributes {
	uint64_t address;
	uint64_t size;
	uint64_t attributes;
	uint64_t flags;
};

struct rec_kvm_create_guest_memfd {
	uint64_t size;
	uint64_t flags;
	uint64_t reserved[6];
};

struct rec_kvm_dirty_log {
	uint32_t slot;
	uint32_t padding1;
	union {
		void *dirty_bitmap;
		uint64_t padding2;
	};
};

struct rec_kvm_pre_fault_memory {
	uint64_t gpa;
	uint64_t size;
	uint64_t flags;
	uint64_t padding[5];
};

_Static_assert(sizeof(struct rec_kvm_userspace_memory_region) == 32, "uapi layout");
_Static_assert(sizeof(struct rec_kvm_userspace_memory_region2) == 160, "uapi layout");
_Static_assert(sizeof(struct rec_kvm_memory_attributes) == 32, "uapi layout");
_Static_assert(sizeof(struct rec_kvm_create_guest_memfd) == 64, "uapi layout");
_Static_assert(sizeof(struct rec_kvm_dirty_log) == 16, "uapi layout");
_Static_assert(sizeof(struct rec_kvm_pre_fault_memory) == 64, "uapi layout");

#define REC_KVM_CREATE_VM _IO(KVMIO, 0x01)
#define REC_KVM_CHECK_EXTENSION _IO(KVMIO, 0x03)
#define REC_KVM_CREATE_VCPU _IO(KVMIO, 0x41)
#define REC_KVM_GET_DIRTY_LOG _IOW(KVMIO, 0x42, struct rec_kvm_dirty_log)
#define REC_KVM_SET_USER_MEMORY_REGION _IOW(KVMIO, 0x46, struct rec_kvm_userspace_memory_region)
#define REC_KVM_SET_USER_MEMORY_REGION2 _IOW(KVMIO, 0x49, struct rec_kvm_userspace_memory_region2)
#define REC_KVM_RUN _IO(KVMIO, 0x80)
#define REC_KVM_SET_MEMORY_ATTRIBUTES _IOW(KVMIO, 0xd2, struct rec_kvm_memory_attributes)
#define REC_KVM_CREATE_GUEST_MEMFD _IOWR(KVMIO, 0xd4, struct rec_kvm_create_guest_memfd)
#define REC_KVM_PRE_FAULT_MEMORY _IOWR(KVMIO, 0xd5, struct rec_kvm_pre_fault_memory)

/* struct kvm_run: u8 request_interrupt_window, u8 immediate_exit, u8[6], u32 exit_reason */
#define KVM_RUN_EXIT_REASON_OFFSET 8

#define GMEMSIM_REC_FD_BASE 900
#define REC_MAX_FDS 4096
#define REC_MAX_SLOTS 1024
#define REC_MARKER_MAX 512

enum rec_fd_kind { REC_FD_NONE, REC_FD_KVM, REC_FD_VM, REC_FD_VCPU, REC_FD_MEMFD, REC_FD_GMEM };

/*
 * What the shim knows of each fd, written and read with atomics: a VMM
 * creates and runs vCPUs from many threads.  A closed fd is forgotten before
 * close() returns, so a reused number starts from REC_FD_NONE.
 */
static int fd_kind[REC_MAX_FDS];
static int vcpu_id[REC_MAX_FDS];
static uintptr_t vcpu_run[REC_MAX_FDS];	/* the vCPU's kvm_run page, 0 until mmap()ed */

/* Memslot sizes per (VM fd, as_id << 16 | id), for counting the bits KVM_GET_DIRTY_LOG returned. */
static struct rec_slot {
	int vm;
	uint32_t slot;
	uint64_t npages;
} slots[REC_MAX_SLOTS];
static int nr_slots;
static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;	/* protects slots[], nr_slots */

static int marker_fd = -1;
static unsigned long markers_lost;	/* atomic */

static int (*real_ioctl)(int, unsigned long, ...);
static int (*real_open)(const char *, int, ...);
static int (*real_openat)(int, const char *, int, ...);
static int (*real_memfd_create)(const char *, unsigned int);
static int (*real_ftruncate)(int, off_t);
static int (*real_fallocate)(int, int, off_t, off_t);
static void *(*real_mmap)(void *, size_t, int, int, int, off_t);
static int (*real_munmap)(void *, size_t);
static int (*real_mprotect)(void *, size_t, int);
static int (*real_madvise)(void *, size_t, int);
static int (*real_close)(int);

static void *next_sym(const char *name)
{
	void *p = dlsym(RTLD_NEXT, name);

	if (!p) {
		fprintf(stderr, "gmemsim-rec: no next %s: %s\n", name, dlerror());
		abort();
	}
	return p;
}

/* Resolved before main(): the VMM may call these from many threads at once. */
__attribute__((constructor)) static void rec_init(void)
{
	const char *path = getenv("GMEMSIM_REC_MARKER");
	long fd;

	real_ioctl = next_sym("ioctl");
	real_open = next_sym("open");
	real_openat = next_sym("openat");
	real_memfd_create = next_sym("memfd_create");
	real_ftruncate = next_sym("ftruncate");
	real_fallocate = next_sym("fallocate");
	real_mmap = next_sym("mmap");
	real_munmap = next_sym("munmap");
	real_mprotect = next_sym("mprotect");
	real_madvise = next_sym("madvise");
	real_close = next_sym("close");

	if (!path || !*path)
		path = "/sys/kernel/tracing/trace_marker";
	fd = syscall(SYS_openat, AT_FDCWD, path, O_WRONLY | O_APPEND | O_CLOEXEC);
	if (fd < 0) {
		fprintf(stderr, "gmemsim-rec: cannot open %s: %s; nothing is recorded\n", path,
			strerror(errno));
		return;
	}
	marker_fd = fcntl((int)fd, F_DUPFD_CLOEXEC, GMEMSIM_REC_FD_BASE);
	syscall(SYS_close, fd);
	if (marker_fd < 0)
		fprintf(stderr, "gmemsim-rec: no fd at or above %d: %s; nothing is recorded\n",
			GMEMSIM_REC_FD_BASE, strerror(errno));
}

__attribute__((destructor)) static void rec_exit(void)
{
	unsigned long lost = __atomic_load_n(&markers_lost, __ATOMIC_RELAXED);

	if (lost)
		fprintf(stderr, "gmemsim-rec: %lu markers could not be written; the recording "
			"is incomplete\n", lost);
}

static void emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* One write(2) per marker: trace_marker makes each write one event. */
static void emit(const char *fmt, ...)
{
	char buf[REC_MARKER_MAX];
	int saved = errno, n = snprintf(buf, sizeof(buf), "gmemsim-rec: ");
	va_list ap;

	if (marker_fd < 0)
		return;
	va_start(ap, fmt);
	n += vsnprintf(buf + n, sizeof(buf) - (size_t)n, fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(buf) - 1)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	if (syscall(SYS_write, marker_fd, buf, (size_t)n) != n)
		__atomic_fetch_add(&markers_lost, 1, __ATOMIC_RELAXED);
	errno = saved;
}

/* ret as the grammar writes it: the value, or -ENAME from errno after a -1. */
static const char *ret_str(long ret, int err, char *buf, size_t len)
{
	const char *name;

	if (ret != -1) {
		snprintf(buf, len, "%ld", ret);
		return buf;
	}
	name = strerrorname_np(err);
	if (name)
		snprintf(buf, len, "-%s", name);
	else
		snprintf(buf, len, "-%d", err);
	return buf;
}

static bool fd_tracked(int fd)
{
	return fd >= 0 && fd < REC_MAX_FDS;
}

static enum rec_fd_kind kind_of(int fd)
{
	return fd_tracked(fd) ? __atomic_load_n(&fd_kind[fd], __ATOMIC_ACQUIRE) : REC_FD_NONE;
}

static void set_kind(int fd, enum rec_fd_kind kind, int id)
{
	if (!fd_tracked(fd))
		return;
	__atomic_store_n(&vcpu_id[fd], id, __ATOMIC_RELAXED);
	__atomic_store_n(&vcpu_run[fd], 0, __ATOMIC_RELAXED);
	/* release: a reader that sees the kind sees its id */
	__atomic_store_n(&fd_kind[fd], kind, __ATOMIC_RELEASE);
}

static struct rec_slot *slot_find(int vm, uint32_t slot)
{
	for (int i = 0; i < nr_slots; i++)
		if (slots[i].vm == vm && slots[i].slot == slot)
			return &slots[i];
	return NULL;
}

static void slot_note(int vm, uint32_t slot, uint64_t size)
{
	struct rec_slot *s;

	pthread_mutex_lock(&slots_lock);
	s = slot_find(vm, slot);
	if (!s && size && nr_slots < REC_MAX_SLOTS) {
		s = &slots[nr_slots++];
		*s = (struct rec_slot){ .vm = vm, .slot = slot };
	}
	if (s && size)
		s->npages = size >> 12;
	else if (s)	/* deleted: keep the entry, a bitmap of 0 pages */
		s->npages = 0;
	pthread_mutex_unlock(&slots_lock);
}

static void slots_forget_vm(int vm)
{
	pthread_mutex_lock(&slots_lock);
	for (int i = 0; i < nr_slots; i++)
		if (slots[i].vm == vm)
			slots[i] = slots[--nr_slots], i--;
	pthread_mutex_unlock(&slots_lock);
}

/* The bits set in the bitmap KVM_GET_DIRTY_LOG filled: ALIGN(npages, 64) bits. */
static unsigned long dirty_pages(int vm, const struct rec_kvm_dirty_log *log)
{
	const uint64_t *bm = log->dirty_bitmap;
	unsigned long n = 0;
	uint64_t npages = 0;
	struct rec_slot *s;

	pthread_mutex_lock(&slots_lock);
	s = slot_find(vm, log->slot);
	if (s)
		npages = s->npages;
	pthread_mutex_unlock(&slots_lock);
	for (uint64_t i = 0; bm && i < (npages + 63) / 64; i++)
		n += (unsigned long)__builtin_popcountll(bm[i]);
	return n;
}

static void rec_kvm_run(int fd, int ret, int err)
{
	uintptr_t run = __atomic_load_n(&vcpu_run[fd], __ATOMIC_RELAXED);
	uint32_t reason = 0;
	char r[32];

	if (run)
		memcpy(&reason, (const void *)(run + KVM_RUN_EXIT_REASON_OFFSET), sizeof(reason));
	emit("kvm_run_end vcpu=%d ret=%s exit_reason=%u mmio_exits=0", vcpu_id[fd],
	     ret_str(ret, err, r, sizeof(r)), reason);
}

/* The argument structs, as the VMM passed them. */
union rec_arg {
	struct rec_kvm_userspace_memory_region region;
	struct rec_kvm_userspace_memory_region2 region2;
	struct rec_kvm_memory_attributes attrs;
	struct rec_kvm_create_guest_memfd gmem;
	struct rec_kvm_dirty_log log;
	struct rec_kvm_pre_fault_memory pf;
};

static bool rec_struct_ioctl(unsigned long req)
{
	switch (req) {
	case REC_KVM_SET_USER_MEMORY_REGION:
	case REC_KVM_SET_USER_MEMORY_REGION2:
	case REC_KVM_SET_MEMORY_ATTRIBUTES:
	case REC_KVM_CREATE_GUEST_MEMFD:
	case REC_KVM_GET_DIRTY_LOG:
	case REC_KVM_PRE_FAULT_MEMORY:
		return true;
	}
	return false;
}

/*
 * Copied before the call: KVM_PRE_FAULT_MEMORY advances gpa and size as it
 * goes, and the marker records what was asked.  A bad pointer is the
 * kernel's -EFAULT to report, not the shim's to fault on, so the copy goes
 * through process_vm_readv(), which fails where a load would crash.
 */
static bool copy_arg(union rec_arg *dst, const void *src, size_t len)
{
	struct iovec local = { dst, len }, remote = { (void *)src, len };

	return src && process_vm_readv(getpid(), &local, 1, &remote, 1, 0) == (ssize_t)len;
}

static void rec_ioctl(int fd, unsigned long req, unsigned long arg, const union rec_arg *a,
		      const char *r, int ret)
{
	switch (req) {
	case REC_KVM_CREATE_VM:
		emit("vm_create type=%lu ret=%s", arg, r);
		if (ret >= 0)
			set_kind(ret, REC_FD_VM, 0);
		break;
	case REC_KVM_CHECK_EXTENSION:
		emit("check_extension fd=%d cap=%lu ret=%s", fd, arg, r);
		break;
	case REC_KVM_CREATE_VCPU:
		emit("vcpu_create vm=%d id=%lu ret=%s", fd, arg, r);
		if (ret >= 0)
			set_kind(ret, REC_FD_VCPU, (int)arg);
		break;
	case REC_KVM_SET_USER_MEMORY_REGION:
		emit("set_user_memory_region vm=%d slot=%u flags=%u gpa=0x%llx size=0x%llx "
		     "hva=0x%llx ret=%s", fd, a->region.slot, a->region.flags,
		     (unsigned long long)a->region.guest_phys_addr,
		     (unsigned long long)a->region.memory_size,
		     (unsigned long long)a->region.userspace_addr, r);
		if (!ret)
			slot_note(fd, a->region.slot, a->region.memory_size);
		break;
	case REC_KVM_SET_USER_MEMORY_REGION2:
		emit("set_user_memory_region2 vm=%d slot=%u flags=%u gpa=0x%llx size=0x%llx "
		     "hva=0x%llx gmem_fd=%u gmem_offset=0x%llx ret=%s", fd, a->region2.slot,
		     a->region2.flags, (unsigned long long)a->region2.guest_phys_addr,
		     (unsigned long long)a->region2.memory_size,
		     (unsigned long long)a->region2.userspace_addr, a->region2.guest_memfd,
		     (unsigned long long)a->region2.guest_memfd_offset, r);
		if (!ret)
			slot_note(fd, a->region2.slot, a->region2.memory_size);
		break;
	case REC_KVM_SET_MEMORY_ATTRIBUTES:
		emit("set_memory_attributes vm=%d gpa=0x%llx size=0x%llx attributes=%llu "
		     "flags=%llu ret=%s", fd, (unsigned long long)a->attrs.address,
		     (unsigned long long)a->attrs.size, (unsigned long long)a->attrs.attributes,
		     (unsigned long long)a->attrs.flags, r);
		break;
	case REC_KVM_CREATE_GUEST_MEMFD:
		emit("create_guest_memfd vm=%d size=0x%llx flags=%llu ret=%s", fd,
		     (unsigned long long)a->gmem.size, (unsigned long long)a->gmem.flags, r);
		if (ret >= 0)
			set_kind(ret, REC_FD_GMEM, 0);
		break;
	case REC_KVM_GET_DIRTY_LOG:
		if (ret)
			emit("get_dirty_log vm=%d slot=%u ret=%s", fd, a->log.slot, r);
		else	/* a 0 return means the kernel wrote the whole bitmap */
			emit("get_dirty_log vm=%d slot=%u ret=%s dirty_pages=%lu", fd, a->log.slot,
			     r, dirty_pages(fd, &a->log));
		break;
	case REC_KVM_PRE_FAULT_MEMORY:
		emit("pre_fault_memory vcpu=%d gpa=0x%llx size=0x%llx ret=%s", fd,
		     (unsigned long long)a->pf.gpa, (unsigned long long)a->pf.size, r);
		break;
	}
}

int ioctl(int fd, unsigned long req, ...)
{
	union rec_arg a;
	bool copied = true;
	unsigned long arg;
	va_list ap;
	int ret, err;
	char r[32];

	va_start(ap, req);
	arg = va_arg(ap, unsigned long);
	va_end(ap);
	if (_IOC_TYPE(req) != KVMIO)
		return real_ioctl(fd, req, arg);

	if (req == REC_KVM_RUN) {
		if (kind_of(fd) != REC_FD_VCPU)
			return real_ioctl(fd, req, arg);
		emit("kvm_run_begin vcpu=%d", vcpu_id[fd]);
		ret = real_ioctl(fd, req, arg);
		err = errno;
		rec_kvm_run(fd, ret, err);
		errno = err;
		return ret;
	}
	if (rec_struct_ioctl(req))
		copied = copy_arg(&a, (const void *)arg, _IOC_SIZE(req));
	ret = real_ioctl(fd, req, arg);
	err = errno;
	ret_str(ret, err, r, sizeof(r));
	if (copied)
		rec_ioctl(fd, req, arg, &a, r, ret);
	else
		emit("note text=\"ioctl fd=%d req=0x%lx arg=0x%lx unreadable ret=%s\"", fd, req,
		     arg, r);
	errno = err;
	return ret;
}

static void note_open(const char *path, int ret)
{
	if (ret >= 0 && path && !strcmp(path, "/dev/kvm"))
		set_kind(ret, REC_FD_KVM, 0);
}

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;
	int ret;

	if (flags & (O_CREAT | __O_TMPFILE)) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	ret = real_open(path, flags, mode);
	note_open(path, ret);
	return ret;
}

int openat(int dirfd, const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;
	int ret;

	if (flags & (O_CREAT | __O_TMPFILE)) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	ret = real_openat(dirfd, path, flags, mode);
	note_open(path, ret);
	return ret;
}

int open64(const char *path, int flags, ...) __attribute__((alias("open")));
int openat64(int dirfd, const char *path, int flags, ...) __attribute__((alias("openat")));

int memfd_create(const char *name, unsigned int flags)
{
	int ret = real_memfd_create(name, flags), err = errno;
	char r[32];

	emit("memfd_create flags=%u ret=%s", flags, ret_str(ret, err, r, sizeof(r)));
	if (ret >= 0)
		set_kind(ret, REC_FD_MEMFD, 0);
	errno = err;
	return ret;
}

static bool memory_fd(int fd)
{
	enum rec_fd_kind k = kind_of(fd);

	return k == REC_FD_MEMFD || k == REC_FD_GMEM;
}

int ftruncate(int fd, off_t len)
{
	int ret = real_ftruncate(fd, len), err = errno;
	char r[32];

	if (memory_fd(fd))
		emit("ftruncate fd=%d len=0x%llx ret=%s", fd, (unsigned long long)len,
		     ret_str(ret, err, r, sizeof(r)));
	errno = err;
	return ret;
}

int fallocate(int fd, int mode, off_t offset, off_t len)
{
	int ret = real_fallocate(fd, mode, offset, len), err = errno;
	char r[32];

	if (memory_fd(fd))
		emit("fallocate fd=%d mode=%d offset=0x%llx len=0x%llx ret=%s", fd, mode,
		     (unsigned long long)offset, (unsigned long long)len,
		     ret_str(ret, err, r, sizeof(r)));
	errno = err;
	return ret;
}

int ftruncate64(int fd, off_t len) __attribute__((alias("ftruncate")));
int fallocate64(int fd, int mode, off_t offset, off_t len) __attribute__((alias("fallocate")));

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	void *ret = real_mmap(addr, len, prot, flags, fd, off);
	int err = errno;
	char r[32];

	if (ret != MAP_FAILED && kind_of(fd) == REC_FD_VCPU && !off) {
		/* the kvm_run page: where exit_reason is read; not guest memory */
		__atomic_store_n(&vcpu_run[fd], (uintptr_t)ret, __ATOMIC_RELAXED);
	} else if ((flags & MAP_ANONYMOUS) || memory_fd(fd)) {
		if (ret == MAP_FAILED)
			ret_str(-1, err, r, sizeof(r));
		else
			snprintf(r, sizeof(r), "0x%llx", (unsigned long long)(uintptr_t)ret);
		emit("mmap addr=0x%llx len=0x%llx prot=%d flags=%d fd=%d offset=0x%llx ret=%s",
		     (unsigned long long)(uintptr_t)addr, (unsigned long long)len, prot, flags,
		     flags & MAP_ANONYMOUS ? -1 : fd, (unsigned long long)off, r);
	}
	errno = err;
	return ret;
}

void *mmap64(void *addr, size_t len, int prot, int flags, int fd, off_t off)
	__attribute__((alias("mmap")));

/* A kvm_run page being unmapped: forget it, and keep it out of the recording. */
static bool kvm_run_page(void *addr)
{
	for (int fd = 0; fd < REC_MAX_FDS; fd++) {
		if (__atomic_load_n(&vcpu_run[fd], __ATOMIC_RELAXED) == (uintptr_t)addr &&
		    kind_of(fd) == REC_FD_VCPU) {
			__atomic_store_n(&vcpu_run[fd], 0, __ATOMIC_RELAXED);
			return true;
		}
	}
	return false;
}

/* munmap/mprotect/madvise: the range, then @key=@val unless @key is NULL, then ret. */
static void emit_range(const char *op, void *addr, size_t len, const char *key, int val, int ret,
		       int err)
{
	char r[32], kv[48] = "";

	if (key)
		snprintf(kv, sizeof(kv), " %s=%d", key, val);
	emit("%s addr=0x%llx len=0x%llx%s ret=%s", op, (unsigned long long)(uintptr_t)addr,
	     (unsigned long long)len, kv, ret_str(ret, err, r, sizeof(r)));
}

int munmap(void *addr, size_t len)
{
	bool run = addr && kvm_run_page(addr);
	int ret = real_munmap(addr, len), err = errno;

	if (!run)
		emit_range("munmap", addr, len, NULL, 0, ret, err);
	errno = err;
	return ret;
}

int mprotect(void *addr, size_t len, int prot)
{
	int ret = real_mprotect(addr, len, prot), err = errno;

	emit_range("mprotect", addr, len, "prot", prot, ret, err);
	errno = err;
	return ret;
}

int madvise(void *addr, size_t len, int advice)
{
	int ret = real_madvise(addr, len, advice), err = errno;

	emit_range("madvise", addr, len, "advice", advice, ret, err);
	errno = err;
	return ret;
}

int close(int fd)
{
	enum rec_fd_kind kind = kind_of(fd);
	int ret, err;
	char r[32];

	if (fd == marker_fd && fd >= 0) {
		errno = EBADF;	/* not the VMM's fd: what it would get without the shim */
		return -1;
	}
	/* forgotten first: the number may be reused as soon as the kernel frees it */
	if (kind != REC_FD_NONE)
		set_kind(fd, REC_FD_NONE, 0);
	ret = real_close(fd);
	err = errno;
	if (kind != REC_FD_NONE) {
		emit("close fd=%d ret=%s", fd, ret_str(ret, err, r, sizeof(r)));
		if (kind == REC_FD_VM)
			slots_forget_vm(fd);
	}
	errno = err;
	return ret;
}
