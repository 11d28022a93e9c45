// SPDX-License-Identifier: GPL-2.0
/*
 * record_fake_vmm: a small VMM for tests/record_test.sh.  It makes every call
 * libgmemsim-rec.so records, on memfds, and prints on stdout the marker it
 * expects for each, from what it passed and what it got back; the test
 * compares that with what the shim wrote.  RECORD_FAKE_VMM_KVM names the
 * device it opens instead of /dev/kvm.  Without /dev/kvm (and without
 * libfakekvm.so) every KVM ioctl lands on a memfd and fails with -ENOTTY,
 * cleanly; with libfakekvm.so they succeed and the vCPU, kvm_run and dirty
 * bitmap paths run too.  It also checks that the shim leaves the VMM's fd
 * numbers alone and that its own fd is invisible to the VMM.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/falloc.h>
#include <linux/ioctl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#define KVMIO 0xAE

struct region {
	uint32_t slot, flags;
	uint64_t gpa, size, hva;
};

struct region2 {
	struct region r;
	uint64_t gmem_offset;
	uint32_t gmem_fd, pad1;
	uint64_t pad2[14];
};

struct attrs {
	uint64_t gpa, size, attributes, flags;
};

struct gmem {
	uint64_t size, flags, reserved[6];
};

struct dirty_log {
	uint32_t slot, pad;
	uint64_t bitmap;
};

struct pre_fault {
	uint64_t gpa, size, flags, pad[5];
};

#define CREATE_VM _IO(KVMIO, 0x01)
#define CHECK_EXTENSION _IO(KVMIO, 0x03)
#define CREATE_VCPU _IO(KVMIO, 0x41)
#define GET_DIRTY_LOG _IOW(KVMIO, 0x42, struct dirty_log)
#define SET_REGION _IOW(KVMIO, 0x46, struct region)
#define SET_REGION2 _IOW(KVMIO, 0x49, struct region2)
#define RUN _IO(KVMIO, 0x80)
#define SET_ATTRS _IOW(KVMIO, 0xd2, struct attrs)
#define CREATE_GMEM _IOWR(KVMIO, 0xd4, struct gmem)
#define PRE_FAULT _IOWR(KVMIO, 0xd5, struct pre_fault)

static char rbuf[8][32];
static int rnext;

/* How the grammar writes a return value: the value, or -ENAME. */
static const char *R(long ret)
{
	char *b = rbuf[rnext++ % 8];

	if (ret == -1)
		snprintf(b, 32, "-%s", strerrorname_np(errno));
	else
		snprintf(b, 32, "%ld", ret);
	return b;
}

static const char *P(void *p)
{
	char *b = rbuf[rnext++ % 8];

	if (p == MAP_FAILED)
		snprintf(b, 32, "-%s", strerrorname_np(errno));
	else
		snprintf(b, 32, "0x%lx", (unsigned long)p);
	return b;
}

static void expect(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void expect(const char *fmt, ...)
{
	va_list ap;

	printf("gmemsim-rec: ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

static void die(const char *what)
{
	fprintf(stderr, "record_fake_vmm: %s: %s\n", what, strerror(errno));
	exit(2);
}

/* The shim's marker fd is open, but not under one of the numbers the VMM gets. */
static void shim_fd_is_high(void)
{
	const char *marker = getenv("GMEMSIM_REC_MARKER");
	char link[64], path[4096], want[4096];
	bool seen = false;
	ssize_t n;

	if (!marker || !realpath(marker, want))
		die("GMEMSIM_REC_MARKER names no file");
	for (int fd = 0; fd < 1024; fd++) {
		snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
		n = readlink(link, path, sizeof(path) - 1);
		if (n < 0)
			continue;
		path[n] = 0;
		if (strcmp(path, want))
			continue;
		if (fd < 900) {
			fprintf(stderr, "record_fake_vmm: the shim's marker fd is %d\n", fd);
			exit(2);
		}
		seen = true;
	}
	if (!seen)
		die("the shim holds no fd on GMEMSIM_REC_MARKER");
}

int main(void)
{
	struct region2 r2 = { { 1, 0, 0x400000, 0x80000, 0 }, 0, 0, 0, { 0 } };
	struct region r1 = { 0, 0, 0, 0x200000, 0 };
	struct attrs at = { 0x400000, 0x1000, 8, 0 };
	struct pre_fault pf = { 0x400000, 0x2000, 0, { 0 } };
	struct gmem gc = { 0x80000, 0, { 0 } };
	uint64_t bitmap[2] = { 0, 0 };
	struct dirty_log dl = { 1, 0, (uintptr_t)bitmap };
	int kvm, vm, vcpu, f, gmem, exe, ret;
	char *hva, *anon, *file, *run = NULL;
	long r;

	shim_fd_is_high();
	kvm = open(getenv("RECORD_FAKE_VMM_KVM") ? getenv("RECORD_FAKE_VMM_KVM") : "/dev/kvm",
		   O_RDWR | O_CLOEXEC);
	if (kvm < 0) {
		kvm = memfd_create("kvm-stand-in", 0);
		expect("memfd_create flags=0 ret=%s", R(kvm));
	}
	r = ioctl(kvm, CHECK_EXTENSION, 238);
	expect("check_extension fd=%d cap=238 ret=%s", kvm, R(r));
	vm = ioctl(kvm, CREATE_VM, 0);
	expect("vm_create type=0 ret=%s", R(vm));
	if (vm < 0)
		vm = kvm;	/* the VM ioctls then fail on the stand-in, as they should */
	vcpu = ioctl(vm, CREATE_VCPU, 0);
	expect("vcpu_create vm=%d id=0 ret=%s", vm, R(vcpu));
	if (vcpu >= 0) {
		run = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
		if (run == MAP_FAILED)
			die("mmap of kvm_run");
	}

	f = memfd_create("guest", MFD_CLOEXEC);
	expect("memfd_create flags=%u ret=%s", MFD_CLOEXEC, R(f));
	ret = ftruncate(f, 0x80000);
	expect("ftruncate fd=%d len=0x80000 ret=%s", f, R(ret));
	hva = mmap(NULL, 0x80000, PROT_READ | PROT_WRITE, MAP_SHARED, f, 0);
	expect("mmap addr=0x0 len=0x80000 prot=3 flags=%d fd=%d offset=0x0 ret=%s", MAP_SHARED, f,
	       P(hva));
	anon = mmap(NULL, 0x200000, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	expect("mmap addr=0x0 len=0x200000 prot=3 flags=%d fd=-1 offset=0x0 ret=%s",
	       MAP_PRIVATE | MAP_ANONYMOUS, P(anon));
	if (hva == MAP_FAILED || anon == MAP_FAILED)
		die("mmap");
	/* an mmap of a file that is no guest memory is not recorded, nor its close */
	exe = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	file = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, exe, 0);
	if (exe < 0 || file == MAP_FAILED || close(exe))
		die("mmap of the executable");
	ret = munmap(file, 4096);
	expect("munmap addr=%s len=0x1000 ret=%s", P(file), R(ret));

	gmem = ioctl(vm, CREATE_GMEM, &gc);
	expect("create_guest_memfd vm=%d size=0x80000 flags=0 ret=%s", vm, R(gmem));
	r1.hva = (uintptr_t)anon;
	ret = ioctl(vm, SET_REGION, &r1);
	expect("set_user_memory_region vm=%d slot=0 flags=0 gpa=0x0 size=0x200000 hva=%s ret=%s",
	       vm, P(anon), R(ret));
	r2.r.hva = (uintptr_t)hva;
	r2.gmem_fd = gmem < 0 ? 0 : (uint32_t)gmem;
	r2.gmem_offset = 0x1000;
	ret = ioctl(vm, SET_REGION2, &r2);
	expect("set_user_memory_region2 vm=%d slot=1 flags=0 gpa=0x400000 size=0x80000 hva=%s "
	       "gmem_fd=%u gmem_offset=0x1000 ret=%s", vm, P(hva), r2.gmem_fd, R(ret));
	ret = ioctl(vm, SET_REGION2, (void *)16);
	expect("note text=\"ioctl fd=%d req=0x%lx arg=0x10 unreadable ret=%s\"", vm,
	       (unsigned long)SET_REGION2, R(ret));
	ret = ioctl(vm, SET_ATTRS, &at);
	expect("set_memory_attributes vm=%d gpa=0x400000 size=0x1000 attributes=8 flags=0 ret=%s",
	       vm, R(ret));

	for (int i = 0; vcpu >= 0 && i < 2; i++) {
		expect("kvm_run_begin vcpu=0");
		ret = ioctl(vcpu, RUN, 0);
		expect("kvm_run_end vcpu=0 ret=%s exit_reason=%u mmio_exits=0", R(ret),
		       *(uint32_t *)(run + 8));
	}
	ret = ioctl(vcpu < 0 ? vm : vcpu, PRE_FAULT, &pf);
	expect("pre_fault_memory vcpu=%d gpa=0x400000 size=0x2000 ret=%s", vcpu < 0 ? vm : vcpu,
	       R(ret));
	ret = ioctl(vm, GET_DIRTY_LOG, &dl);
	if (ret)
		expect("get_dirty_log vm=%d slot=1 ret=%s", vm, R(ret));
	else
		expect("get_dirty_log vm=%d slot=1 ret=0 dirty_pages=%d", vm,
		       __builtin_popcountll(bitmap[0]) + __builtin_popcountll(bitmap[1]));

	ret = fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 0x1000);
	expect("fallocate fd=%d mode=3 offset=0x0 len=0x1000 ret=%s", f, R(ret));
	if (gmem >= 0) {
		ret = fallocate(gmem, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0x1000, 0x1000);
		expect("fallocate fd=%d mode=3 offset=0x1000 len=0x1000 ret=%s", gmem, R(ret));
	}
	ret = madvise(hva, 0x1000, MADV_DONTNEED);
	expect("madvise addr=%s len=0x1000 advice=%d ret=%s", P(hva), MADV_DONTNEED, R(ret));
	ret = mprotect(hva, 0x1000, PROT_READ);
	expect("mprotect addr=%s len=0x1000 prot=1 ret=%s", P(hva), R(ret));
	ret = munmap(hva + 0x1000, 0x1000);
	expect("munmap addr=%s len=0x1000 ret=%s", P(hva + 0x1000), R(ret));
	ret = mprotect(hva + 0x1000, 0x1000, PROT_READ);
	expect("mprotect addr=%s len=0x1000 prot=1 ret=%s", P(hva + 0x1000), R(ret));
	if (run && munmap(run, 4096))	/* the kvm_run page: not recorded */
		die("munmap of kvm_run");

	/* The shim's fd (900 and up) is not the VMM's: closing it fails as it would without. */
	for (int fd = 900; fd < 1024; fd++)
		if (close(fd) == 0 || errno != EBADF)
			die("an fd at 900 and up was open");
	ret = close(f);
	expect("close fd=%d ret=%s", f, R(ret));
	if (gmem >= 0) {
		ret = close(gmem);
		expect("close fd=%d ret=%s", gmem, R(ret));
	}
	if (vcpu >= 0) {
		ret = close(vcpu);
		expect("close fd=%d ret=%s", vcpu, R(ret));
	}
	if (vm != kvm) {
		ret = close(vm);
		expect("close fd=%d ret=%s", vm, R(ret));
	}
	ret = close(kvm);
	expect("close fd=%d ret=%s", kvm, R(ret));
	return 0;
}
