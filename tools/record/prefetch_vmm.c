// SPDX-License-Identifier: GPL-2.0
/*
 * prefetch_vmm: a small VMM to record with gmemsim-record, for the shadow
 * MMU's prefetch of neighbouring SPTEs against what the host has mapped.
 * traces/real/prefetch-legacy-6.18.txt is its recording on a Linux 6.18.44
 * host with shadow paging (kvm_pvm, tdp_mmu=N).
 *
 * The guest runs at CPL3 in 64-bit mode with its own page tables (slot 0,
 * 2M of anonymous memory: tables at 0x1000-0x5fff, code at 0x10000), which
 * identity-map gpa 0-4M with 4K PTEs created without accessed/dirty bits.
 * Its code writes the first word of N pages from 0x200000 (slot 1, 16 pages
 * of a memfd mapped MAP_SHARED), rcx of them, and exits with `out 0x10`
 * (IOPL 3).  Between runs the VMM changes the host side of slot 1: DONTNEED,
 * munmap, mmap(MAP_FIXED) back, reading or writing each page itself; it
 * reports those reads and writes as host_access markers (a syscall shim
 * cannot see them).  What each step shows, in the kernel's events:
 *
 *   pass       every page faults once: the guest PTEs were never accessed,
 *              so nothing is prefetched (FNAME(prefetch_invalid_gpte));
 *   again      no fault;
 *   dontneed   DONTNEED + host read, write page 0: one fault, 7 prefetched;
 *   remap      munmap + mmap(MAP_FIXED) + host read, the same;
 *   efault     munmap, write page 0: KVM_RUN -EFAULT;
 *   remap-read mmap(MAP_FIXED) + host read, write page 0: 7 prefetched;
 *   remap-none mmap(MAP_FIXED) without reading, write page 0: nothing to
 *              prefetch (the host has not mapped the neighbours: GUP-fast);
 *   fill       host read, pass: page 1 prefetches 2-7, page 8 9-15;
 *   remap-write mmap(MAP_FIXED) + host write, write page 0: 7 prefetched;
 *   around     mmap(MAP_FIXED) + a host read of page 9 alone, write page 0:
 *              7 prefetched, because the read fault mapped the pages around
 *              it too (fault-around: 16 pages, 64K aligned).
 *
 * Needs /dev/kvm; exits 77 without it (nothing to record).
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#define NPAGES 16
#define DATA_GPA 0x200000
#define CODE_GPA 0x10000
#define PTE_P_W_U 7	/* present, writable, user; accessed and dirty clear */

static int vm, vcpu, memfd, marker = -1;
static struct kvm_run *run;
static uint8_t *low;
static volatile uint8_t *buf;

static void die(const char *what)
{
	fprintf(stderr, "prefetch_vmm: %s: %s\n", what, strerror(errno));
	exit(1);
}

/* The cooperating VMM's own markers (the shim writes the others). */
static void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void note(const char *fmt, ...)
{
	char m[160];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(m, sizeof(m), fmt, ap);
	va_end(ap);
	if (marker >= 0 && write(marker, m, (size_t)n) != n)
		die("marker");
}

static void host_read(void)
{
	uint64_t sum = 0;

	for (int i = 0; i < NPAGES; i++)
		sum += buf[i * 4096];
	(void)sum;
	note("gmemsim-rec: host_access addr=0x%lx len=0x%lx write=%d\n", (unsigned long)buf,
	     NPAGES * 4096UL, 0);
}

static void host_write(void)
{
	for (int i = 0; i < NPAGES; i++)
		buf[i * 4096] = 0xaa;
	note("gmemsim-rec: host_access addr=0x%lx len=0x%lx write=%d\n", (unsigned long)buf,
	     NPAGES * 4096UL, 1);
}

static void remap(void)
{
	if (mmap((void *)buf, NPAGES * 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, memfd,
		 0) != (void *)buf)
		die("mmap(MAP_FIXED)");
}

/* One KVM_RUN: the guest writes @npages pages from DATA_GPA, then `out 0x10`. */
static void guest_writes(const char *step, int npages)
{
	struct kvm_regs regs = { .rip = CODE_GPA, .rflags = 0x3002, .rsp = 0x8000,
				 .rcx = (uint64_t)npages };
	int ret;

	note("gmemsim-rec: note text=\"step %s: the guest writes %d page(s)\"\n", step, npages);
	if (ioctl(vcpu, KVM_SET_REGS, &regs))
		die("KVM_SET_REGS");
	ret = ioctl(vcpu, KVM_RUN, 0);
	printf("%-12s KVM_RUN %d (%s), exit_reason %u\n", step, ret, ret ? strerror(errno) : "ok",
	       run->exit_reason);
}

static void segment(struct kvm_segment *s, uint16_t sel, uint8_t type, int code)
{
	*s = (struct kvm_segment){ .selector = sel, .type = type, .present = 1, .dpl = 3, .s = 1,
				   .l = code, .db = !code, .g = 1, .limit = 0xffffffff };
}

static void setup_guest(int kvm)
{
	/* mov rdi, 0x200000; 1: mov [rdi], rdi; add rdi, 4096; dec rcx; jnz 1b; out 0x10, al */
	static const uint8_t code[] = { 0x48, 0xc7, 0xc7, 0x00, 0x00, 0x20, 0x00, 0x48, 0x89, 0x3f,
					0x48, 0x81, 0xc7, 0x00, 0x10, 0x00, 0x00, 0x48, 0xff, 0xc9,
					0x75, 0xf1, 0xe6, 0x10, 0xeb, 0xfe };
	uint64_t *pml4 = (uint64_t *)(low + 0x1000), *pdpt = (uint64_t *)(low + 0x2000);
	uint64_t *pd = (uint64_t *)(low + 0x3000), *pt0 = (uint64_t *)(low + 0x4000);
	uint64_t *pt1 = (uint64_t *)(low + 0x5000);
	struct kvm_sregs sregs;
	long size;

	pml4[0] = 0x2000 | PTE_P_W_U;
	pdpt[0] = 0x3000 | PTE_P_W_U;
	pd[0] = 0x4000 | PTE_P_W_U;
	pd[1] = 0x5000 | PTE_P_W_U;
	for (int i = 0; i < 512; i++) {
		pt0[i] = (uint64_t)i * 4096 | PTE_P_W_U;
		pt1[i] = (DATA_GPA + (uint64_t)i * 4096) | PTE_P_W_U;
	}
	memcpy(low + CODE_GPA, code, sizeof(code));

	vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (vcpu < 0 || size <= 0)
		die("KVM_CREATE_VCPU");
	run = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
	if (run == MAP_FAILED || ioctl(vcpu, KVM_GET_SREGS, &sregs))
		die("kvm_run / KVM_GET_SREGS");
	segment(&sregs.cs, 0x33, 0xb, 1);
	segment(&sregs.ds, 0x2b, 0x3, 0);
	sregs.ss = sregs.es = sregs.fs = sregs.gs = sregs.ds;
	sregs.cr3 = 0x1000;
	sregs.cr4 = 0x20;		/* PAE */
	sregs.cr0 = 0x80050033;		/* PG, AM, WP, NE, ET, MP, PE */
	sregs.efer = 0x500;		/* LME, LMA */
	if (ioctl(vcpu, KVM_SET_SREGS, &sregs))
		die("KVM_SET_SREGS");
}

int main(void)
{
	const char *path = getenv("GMEMSIM_REC_MARKER");
	struct kvm_userspace_memory_region slot0 = { 0, 0, 0, 0x200000, 0 };
	struct kvm_userspace_memory_region slot1 = { 1, 0, DATA_GPA, NPAGES * 4096, 0 };
	int kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);

	if (kvm < 0) {
		fprintf(stderr, "prefetch_vmm: no /dev/kvm (%s): nothing to record\n", strerror(errno));
		return 77;
	}
	if (path)
		marker = open(path, O_WRONLY | O_APPEND | O_CLOEXEC);
	vm = ioctl(kvm, KVM_CREATE_VM, 0);
	if (vm < 0)
		die("KVM_CREATE_VM");
	low = mmap(NULL, 0x200000, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	memfd = memfd_create("prefetch-data", 0);
	if (low == MAP_FAILED || memfd < 0 || ftruncate(memfd, NPAGES * 4096))
		die("guest memory");
	buf = mmap(NULL, NPAGES * 4096, PROT_READ | PROT_WRITE, MAP_SHARED, memfd, 0);
	if (buf == MAP_FAILED)
		die("mmap of the memfd");
	slot0.userspace_addr = (uintptr_t)low;
	slot1.userspace_addr = (uintptr_t)buf;
	if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &slot0) ||
	    ioctl(vm, KVM_SET_USER_MEMORY_REGION, &slot1))
		die("KVM_SET_USER_MEMORY_REGION");
	setup_guest(kvm);
	note("gmemsim-rec: host_access addr=0x%lx len=0x%lx write=%d\n", (unsigned long)low,
	     CODE_GPA + 4096UL, 1);

	guest_writes("pass", NPAGES);
	guest_writes("again", NPAGES);
	madvise((void *)buf, NPAGES * 4096, MADV_DONTNEED);
	host_read();
	guest_writes("dontneed", 1);
	munmap((void *)buf, NPAGES * 4096);
	remap();
	host_read();
	guest_writes("remap", 1);
	munmap((void *)buf, NPAGES * 4096);
	guest_writes("efault", 1);
	remap();
	host_read();
	guest_writes("remap-read", 1);
	munmap((void *)buf, NPAGES * 4096);
	remap();
	guest_writes("remap-none", 1);
	host_read();
	guest_writes("fill", NPAGES);
	munmap((void *)buf, NPAGES * 4096);
	remap();
	host_write();
	guest_writes("remap-write", 1);
	munmap((void *)buf, NPAGES * 4096);
	remap();
	(void)buf[9 * 4096];
	note("gmemsim-rec: host_access addr=0x%lx len=0x%lx write=%d\n",
	     (unsigned long)buf + 9 * 4096, 4096UL, 0);
	guest_writes("around", 1);
	close(vcpu);
	close(vm);
	close(kvm);
	return 0;
}
