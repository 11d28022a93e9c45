// SPDX-License-Identifier: GPL-2.0
/*
 * gmemsim import (sim/import.h): recording -> trace.
 *
 * Simplified, and said in the summary: the guest's page tables are not
 * modelled (the model maps gpas directly), so a walk contributes only the
 * gpa it ends at, and the gfns of the page-table pages it went through mark
 * their memslot as the guest-paging slot, whose accesses are counted apart;
 * closing a memfd, the VM or a vCPU has no statement yet and is counted as
 * not modelled.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <linux/kvm.h>
#include <linux/kvm_profile.h>
#include <linux/mm_host.h>
#include <linux/shmem_fs.h>

#include "sim/ftrace.h"
#include "sim/import.h"
#include "sim/trace.h"

#define IMPORT_MAX_LINE (64 << 10)
#define IMPORT_MAX_FDS 1024
#define IMPORT_MAX_MAPS 256
#define IMPORT_MAX_SLOTS 64

/* The x86 page-fault error code bits a walk's pferr carries. */
#define PF_WRITE (1U << 1)
#define PF_FETCH (1U << 4)

enum fd_kind { FD_NONE, FD_VM, FD_VCPU, FD_MEMFD, FD_GMEM };

struct imp_map {
	u64 start, len;
	int name;
};

struct imp_slot {
	u64 gfn, npages;
	bool live;
	bool guest_paging;
};

/* A guest access being assembled from a walk and its events. */
struct imp_access {
	bool open, resolved, mmio;
	u64 gva, gpa;
	u32 pferr, line;
	u8 sptes;		/* kvm_mmu_set_spte of (gfn & ~7) + i at 4K: bit i */
	u32 sptes_other;	/* leaves installed outside that group */
};

struct importer {
	const char *file;
	FILE *body;
	struct import_summary *sum;
	char *err;
	size_t errlen;
	struct ftrace_event ev;
	struct { enum fd_kind kind; int name; } fd[IMPORT_MAX_FDS];
	int vm_fd;
	u64 vm_type;
	unsigned int nr_vcpus;
	int nr_memfd, nr_gmem, nr_mmap;
	struct imp_map map[IMPORT_MAX_MAPS];
	int nr_map;
	struct imp_slot slot[IMPORT_MAX_SLOTS];
	bool shadow_paging;
	bool legacy_mmu;	/* a kvm_mmu_get_page: only the shadow MMU emits it */
	u32 run_line;		/* the kvm_run_begin marker of the run under way */
	char last_actor[16];	/* the actor of the statement written last */
	size_t last_actor_len;
	/* The run in progress (vcpu -1: none), its accesses so far. */
	int run_vcpu;
	struct imp_access cur;
	struct imp_access *acc;
	int nr_acc, cap_acc;
};

static int imp_err(struct importer *im, u32 col, const char *why)
{
	snprintf(im->err, im->errlen, "%s:%u:%u: %s", im->file, im->ev.line, col, why);
	return -EINVAL;
}

static void count(struct import_count *tab, int *nr, int max, const char *name, size_t len,
		  bool used)
{
	int i;

	if (len >= sizeof(tab[0].name))
		len = sizeof(tab[0].name) - 1;
	for (i = 0; i < *nr; i++)
		if (strlen(tab[i].name) == len && !memcmp(tab[i].name, name, len))
			break;
	if (i == *nr) {
		if (*nr == max)
			i = max - 1;	/* the last row collects the rest */
		else
			memcpy(tab[(*nr)++].name, name, len);
	}
	tab[i].n++;
	tab[i].used |= used;
}

static void count_event(struct importer *im, bool used)
{
	count(im->sum->event, &im->sum->nr_event, IMPORT_MAX_KINDS, im->ev.event,
	      im->ev.event_len, used);
}

static void count_marker(struct importer *im, const char *op, bool used)
{
	count(im->sum->marker, &im->sum->nr_marker, IMPORT_MAX_KINDS, op, strlen(op), used);
}

/*
 * A statement, with the recorded step it belongs to (rec=: the line of the
 * step's marker, kvm_run_begin for a run's accesses) and, for an access,
 * the line of the walk it came from.
 */
static void vstmt(struct importer *im, u32 step, u32 line, const char *fmt, va_list ap)
{
	size_t actor;
	char *buf;

	if (vasprintf(&buf, fmt, ap) < 0)
		abort();	/* the host is out of memory: not the recording's fault */
	/*
	 * The recording's order between actors is kept in every replay mode: a
	 * barrier wherever the actor changes, so that in det and free mode, too,
	 * the VMM's call and the vCPU's run do not overlap where they did not.
	 */
	actor = strcspn(buf, ":");
	if (im->last_actor_len != actor || memcmp(im->last_actor, buf, actor)) {
		if (im->last_actor_len)
			fprintf(im->body, "barrier\n");
		im->last_actor_len = min_t(size_t, actor, sizeof(im->last_actor));
		memcpy(im->last_actor, buf, im->last_actor_len);
	}
	fprintf(im->body, "%s rec=%u", buf, step);
	if (line != step)
		fprintf(im->body, "\t# walk at line %u", line);
	fputc('\n', im->body);
	free(buf);
	im->sum->statements++;
}

static void stmt(struct importer *im, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void stmt(struct importer *im, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vstmt(im, im->ev.line, im->ev.line, fmt, ap);
	va_end(ap);
}

/* An access, named by the line of the walk it came from. */
static void stmt_at(struct importer *im, u32 line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void stmt_at(struct importer *im, u32 line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vstmt(im, im->run_line, line, fmt, ap);
	va_end(ap);
}

static const char *expect(long ret, char *buf, size_t len)
{
	const char *name = ret < 0 ? trace_errno_name(ret) : NULL;

	if (ret >= 0)
		snprintf(buf, len, "0");
	else if (name)
		snprintf(buf, len, "-%s", name);
	else
		snprintf(buf, len, "any");
	return buf;
}

/* ---- markers ----------------------------------------------------------------------- */

struct mk {
	struct importer *im;
	struct rec_marker m;
};

static int get(struct mk *k, const char *key, s64 *v)
{
	return rec_get(k->im->file, &k->im->ev, &k->m, key, v, k->im->err, k->im->errlen);
}

#define GET(key, var)                          \
	do {                                   \
		int __r = get(k, key, &(var)); \
		if (__r)                       \
			return -EINVAL;        \
	} while (0)

static int fd_slot(s64 fd)
{
	return fd >= 0 && fd < IMPORT_MAX_FDS ? (int)fd : -1;
}

static void fd_note(struct importer *im, s64 fd, enum fd_kind kind, int name)
{
	int i = fd_slot(fd);

	if (i >= 0) {
		im->fd[i].kind = kind;
		im->fd[i].name = name;
	}
}

static enum fd_kind fd_kind(struct importer *im, s64 fd, int *name)
{
	int i = fd_slot(fd);

	if (i < 0)
		return FD_NONE;
	*name = im->fd[i].name;
	return im->fd[i].kind;
}

static struct imp_map *map_of(struct importer *im, u64 hva)
{
	/* The newest mapping wins: a MAP_FIXED one replaces what it covers. */
	for (int i = im->nr_map - 1; i >= 0; i--)
		if (hva >= im->map[i].start && hva - im->map[i].start < im->map[i].len)
			return &im->map[i];
	return NULL;
}

static int mk_mmap(struct mk *k)
{
	struct importer *im = k->im;
	s64 addr, len, prot, flags, fd, off, ret;
	char src[48], e[32];
	int name = 0;
	enum fd_kind kind;

	GET("addr", addr);
	GET("len", len);
	GET("prot", prot);
	GET("flags", flags);
	GET("fd", fd);
	GET("offset", off);
	GET("ret", ret);
	if (flags & MAP_ANONYMOUS) {
		snprintf(src, sizeof(src), "anon");
	} else {
		kind = fd_kind(im, fd, &name);
		if (kind != FD_MEMFD && kind != FD_GMEM)
			return imp_err(im, im->ev.payload_col,
				       "mmap of an fd that is no memfd or guest_memfd of the recording");
		snprintf(src, sizeof(src), "%s=%c%d", kind == FD_MEMFD ? "memfd" : "gmem",
			 kind == FD_MEMFD ? 'f' : 'g', name);
	}
	name = im->nr_mmap++;
	if (ret < 0 && ret > -4096) {
		stmt(im, "vmm: mmap name=m%d len=%#llx prot=%lld %s %s offset=%#llx expect=%s", name,
		     (unsigned long long)len, (long long)prot,
		     (flags & MAP_TYPE) == MAP_SHARED ? "shared" : "private", src,
		     (unsigned long long)off, expect((long)ret, e, sizeof(e)));
		return 0;
	}
	(void)addr;
	/* Placed where the kernel placed it: hvas in later markers need no translation. */
	stmt(im, "vmm: mmap name=m%d len=%#llx prot=%lld %s %s offset=%#llx addr=%#llx fixed expect=0",
	     name, (unsigned long long)len, (long long)prot,
	     (flags & MAP_TYPE) == MAP_SHARED ? "shared" : "private", src,
	     (unsigned long long)off, (unsigned long long)ret);
	if (im->nr_map == IMPORT_MAX_MAPS)
		return imp_err(im, im->ev.payload_col, "more than 256 mappings");
	im->map[im->nr_map++] = (struct imp_map){ (u64)ret, (u64)len, name };
	return 0;
}

static int mk_region(struct mk *k, bool v2)
{
	struct importer *im = k->im;
	s64 slot, flags, gpa, size, hva, gfd = 0, goff = 0, ret;
	char gm[64] = "", e[32];
	int name, id;

	GET("slot", slot);
	GET("flags", flags);
	GET("gpa", gpa);
	GET("size", size);
	GET("hva", hva);
	if (v2) {
		GET("gmem_fd", gfd);
		GET("gmem_offset", goff);
	}
	GET("ret", ret);
	if (flags & KVM_MEM_GUEST_MEMFD) {
		if (fd_kind(im, gfd, &name) != FD_GMEM)
			return imp_err(im, im->ev.payload_col,
				       "gmem_fd is no guest_memfd of the recording (not modelled)");
		snprintf(gm, sizeof(gm), " gmem=g%d gmem_offset=%#llx", name,
			 (unsigned long long)goff);
	}
	stmt(im, "vmm: set_memory_region slot=%lld as=%lld gpa=%#llx size=%#llx hva=%#llx%s "
	     "flags=%#llx%s expect=%s", (long long)(slot & 0xffff), (long long)((slot >> 16) & 0xffff),
	     (unsigned long long)gpa, (unsigned long long)size, (unsigned long long)hva, gm,
	     (unsigned long long)flags, v2 ? "" : " v1", expect((long)ret, e, sizeof(e)));
	id = (int)(slot & 0xffff);
	if (!ret && id < IMPORT_MAX_SLOTS && !(slot >> 16)) {
		struct imp_slot *s = &im->slot[id];

		s->live = size != 0;
		s->gfn = (u64)gpa >> PAGE_SHIFT;
		s->npages = (u64)size >> PAGE_SHIFT;
	}
	return 0;
}

static int mk_host_access(struct mk *k)
{
	struct importer *im = k->im;
	s64 addr, len, write;

	GET("addr", addr);
	GET("len", len);
	GET("write", write);
	if (len <= 0 || (u64)len > (1ULL << 32))
		return imp_err(im, im->ev.payload_col, "host_access len out of range");
	/* One word per page touched, as the recorder's VMM reads and writes them. */
	for (u64 a = (u64)addr & PAGE_MASK; a < (u64)addr + (u64)len; a += PAGE_SIZE) {
		struct imp_map *m = map_of(im, a);

		if (!m)
			return imp_err(im, im->ev.payload_col,
				       "host_access outside every mapping of the recording");
		stmt(im, "vmm: host_%s mem=m%d offset=%#llx", write ? "write" : "read", m->name,
		     (unsigned long long)(a - m->start));
	}
	return 0;
}

/* The gfn's memslot holds guest page tables: its accesses are counted apart. */
static bool guest_paging_gfn(struct importer *im, u64 gfn)
{
	for (int i = 0; i < IMPORT_MAX_SLOTS; i++) {
		struct imp_slot *s = &im->slot[i];

		if (s->live && s->guest_paging && gfn - s->gfn < s->npages)
			return true;
	}
	return false;
}

static void mark_pt_gfn(struct importer *im, u64 gfn)
{
	for (int i = 0; i < IMPORT_MAX_SLOTS; i++) {
		struct imp_slot *s = &im->slot[i];

		if (s->live && gfn - s->gfn < s->npages)
			s->guest_paging = true;
	}
}

static int run_end(struct mk *k)
{
	struct importer *im = k->im;
	s64 vcpu, ret, reason;
	char e[32];

	GET("vcpu", vcpu);
	GET("ret", ret);
	GET("exit_reason", reason);
	if (im->run_vcpu != vcpu)
		return imp_err(im, im->ev.payload_col, "kvm_run_end without its kvm_run_begin");
	for (int i = 0; i < im->nr_acc; i++) {
		struct imp_access *a = &im->acc[i];
		const char *op = a->pferr & PF_FETCH ? "exec" :
				 a->pferr & PF_WRITE ? "write" : "read";
		bool last = i == im->nr_acc - 1;
		bool paging = guest_paging_gfn(im, a->gpa >> PAGE_SHIFT);
		const char *x;

		if (a->mmio || (last && reason == KVM_EXIT_MMIO))
			x = "exit:mmio";
		else if (last && ret == -EFAULT && !reason)
			x = "exit:efault";
		else if (last && ret < 0)
			x = expect((long)ret, e, sizeof(e));
		else
			x = "fault";	/* every imported access is a walk the kernel took */
		stmt_at(im, a->line, "vcpu%lld: %s gpa=%#llx%s sptes=%#x expect=%s", (long long)vcpu,
			op, (unsigned long long)a->gpa, paging ? " paging" : "", a->sptes, x);
		im->sum->sptes_outside += a->sptes_other;
		im->sum->accesses++;
		im->sum->reads += !strcmp(op, "read");
		im->sum->writes += !strcmp(op, "write");
		im->sum->fetches += !strcmp(op, "exec");
		im->sum->guest_paging_accesses += paging;
	}
	im->nr_acc = 0;
	im->run_vcpu = -1;
	im->sum->runs++;
	return 0;
}

static int marker(struct importer *im)
{
	struct mk mk = { .im = im }, *k = &mk;
	const char *op = k->m.op;
	s64 a, b, c, d, ret;
	char e[32];
	int name;
	int r;

	r = rec_marker_parse(im->file, &im->ev, &k->m, im->err, im->errlen);
	if (r)
		return r;
	im->sum->markers++;
	if (!strcmp(op, "note")) {
		fprintf(im->body, "# note (rec %u): %s\n", im->ev.line,
			rec_str(&k->m, "text") ? rec_str(&k->m, "text") : "");
	} else if (!strcmp(op, "vm_create")) {
		GET("type", a);
		GET("ret", ret);
		if (ret >= 0 && im->vm_fd < 0) {
			im->vm_fd = (int)ret;
			im->vm_type = (u64)a;
			fd_note(im, ret, FD_VM, 0);
		} else {
			stmt(im, "vmm: vm_create type=%lld expect=%s", (long long)a,
			     expect((long)ret, e, sizeof(e)));
		}
	} else if (!strcmp(op, "vcpu_create")) {
		GET("id", a);
		GET("ret", ret);
		if (ret >= 0) {
			if (a < 0 || a >= TRACE_MAX_VCPUS)
				return imp_err(im, im->ev.payload_col, "vCPU id past the model's 8");
			if ((unsigned int)a + 1 > im->nr_vcpus)
				im->nr_vcpus = (unsigned int)a + 1;
			fd_note(im, ret, FD_VCPU, (int)a);
		}
	} else if (!strcmp(op, "check_extension")) {
		GET("fd", a);
		GET("cap", b);
		GET("ret", ret);
		stmt(im, "vmm: check_extension cap=%lld%s expect=value:%lld", (long long)b,
		     a == im->vm_fd ? " vm" : "", (long long)ret);
	} else if (!strcmp(op, "create_guest_memfd")) {
		GET("size", a);
		GET("flags", b);
		GET("ret", ret);
		name = im->nr_gmem++;
		stmt(im, "vmm: gmem_create name=g%d size=%#llx flags=%#llx expect=%s", name,
		     (unsigned long long)a, (unsigned long long)b, expect((long)ret, e, sizeof(e)));
		if (ret >= 0)
			fd_note(im, ret, FD_GMEM, name);
	} else if (!strcmp(op, "memfd_create")) {
		GET("flags", a);
		GET("ret", ret);
		name = im->nr_memfd++;
		stmt(im, "vmm: memfd_create name=f%d size=0%s expect=%s", name,
		     a & MFD_HUGETLB ? " huge" : "", expect((long)ret, e, sizeof(e)));
		if (ret >= 0)
			fd_note(im, ret, FD_MEMFD, name);
	} else if (!strcmp(op, "ftruncate")) {
		GET("fd", a);
		GET("len", b);
		GET("ret", ret);
		if (fd_kind(im, a, &name) != FD_MEMFD)
			return imp_err(im, im->ev.payload_col, "ftruncate of no memfd (not modelled)");
		stmt(im, "vmm: ftruncate memfd=f%d size=%#llx expect=%s", name, (unsigned long long)b,
		     expect((long)ret, e, sizeof(e)));
	} else if (!strcmp(op, "fallocate")) {
		enum fd_kind kind;

		GET("fd", a);
		GET("mode", b);
		GET("offset", c);
		GET("len", d);
		GET("ret", ret);
		kind = fd_kind(im, a, &name);
		if (kind != FD_MEMFD && kind != FD_GMEM)
			return imp_err(im, im->ev.payload_col, "fallocate of no memfd or guest_memfd");
		stmt(im, "vmm: %s %s=%c%d offset=%#llx len=%#llx mode=%#llx expect=%s",
		     kind == FD_GMEM ? "gmem_fallocate" : "memfd_fallocate",
		     kind == FD_GMEM ? "gmem" : "memfd", kind == FD_GMEM ? 'g' : 'f', name,
		     (unsigned long long)c, (unsigned long long)d, (unsigned long long)b,
		     expect((long)ret, e, sizeof(e)));
	} else if (!strcmp(op, "mmap")) {
		return mk_mmap(k);
	} else if (!strcmp(op, "munmap") || !strcmp(op, "mprotect") || !strcmp(op, "madvise")) {
		bool mp = op[1] == 'p', ma = op[1] == 'a';

		GET("addr", a);
		GET("len", b);
		if (mp)
			GET("prot", c);
		if (ma)
			GET("advice", c);
		GET("ret", ret);
		if (mp || ma)
			stmt(im, "vmm: %s addr=%#llx len=%#llx %s=%lld expect=%s", op,
			     (unsigned long long)a, (unsigned long long)b, mp ? "prot" : "advice",
			     (long long)c, expect((long)ret, e, sizeof(e)));
		else
			stmt(im, "vmm: munmap addr=%#llx len=%#llx expect=%s", (unsigned long long)a,
			     (unsigned long long)b, expect((long)ret, e, sizeof(e)));
	} else if (!strcmp(op, "set_user_memory_region2") || !strcmp(op, "set_user_memory_region")) {
		return mk_region(k, op[strlen(op) - 1] == '2');
	} else if (!strcmp(op, "set_memory_attributes")) {
		GET("gpa", a);
		GET("size", b);
		GET("attributes", c);
		GET("flags", d);
		GET("ret", ret);
		stmt(im, "vmm: set_memory_attributes gpa=%#llx size=%#llx attributes=%#llx flags=%#llx "
		     "expect=%s", (unsigned long long)a, (unsigned long long)b, (unsigned long long)c,
		     (unsigned long long)d, expect((long)ret, e, sizeof(e)));
	} else if (!strcmp(op, "pre_fault_memory")) {
		GET("vcpu", a);
		GET("gpa", b);
		GET("size", c);
		GET("ret", ret);
		if (fd_kind(im, a, &name) != FD_VCPU)
			return imp_err(im, im->ev.payload_col, "pre_fault_memory on no vCPU fd");
		stmt(im, "vcpu%d: pre_fault gpa=%#llx size=%#llx expect=%s", name,
		     (unsigned long long)b, (unsigned long long)c, expect((long)ret, e, sizeof(e)));
	} else if (!strcmp(op, "get_dirty_log")) {
		GET("vm", a);
		GET("slot", b);
		GET("ret", ret);
		if (fd_kind(im, a, &name) != FD_VM)
			return imp_err(im, im->ev.payload_col, "get_dirty_log on no VM fd");
		if (!ret) {
			GET("dirty_pages", c);
			snprintf(e, sizeof(e), "value:%lld", (long long)c);
		} else {
			expect((long)ret, e, sizeof(e));
		}
		stmt(im, "vmm: get_dirty_log slot=%llu as=%llu expect=%s",
		     (unsigned long long)(b & 0xffff), (unsigned long long)((u64)b >> 16 & 0xffff), e);
	} else if (!strcmp(op, "host_access")) {
		return mk_host_access(k);
	} else if (!strcmp(op, "kvm_run_begin")) {
		GET("vcpu", a);
		if (im->run_vcpu >= 0)
			return imp_err(im, im->ev.payload_col, "kvm_run_begin inside a run");
		if (a < 0 || a >= (s64)im->nr_vcpus)
			return imp_err(im, im->ev.payload_col, "kvm_run_begin of an unknown vCPU");
		im->run_vcpu = (int)a;
		im->run_line = im->ev.line;
	} else if (!strcmp(op, "kvm_run_end")) {
		return run_end(k);
	} else if (!strcmp(op, "close")) {
		GET("fd", a);
		GET("ret", ret);
		if (fd_kind(im, a, &name) == FD_GMEM && !ret) {
			stmt(im, "vmm: gmem_close gmem=g%d expect=0", name);
		} else {
			count_marker(im, "close (not of a guest_memfd)", false);
			return 0;
		}
	} else {
		count_marker(im, op, false);
		fprintf(im->body, "# rec %u: %s: not modelled\n", im->ev.line, op);
		return 0;
	}
	count_marker(im, op, true);
	return 0;
}

/* ---- KVM events inside a run ---------------------------------------------------------- */

static void access_close(struct importer *im)
{
	if (!im->cur.open)
		return;
	im->cur.open = false;
	if (!im->cur.resolved) {
		im->sum->guest_exceptions++;
		return;
	}
	if (im->nr_acc == im->cap_acc) {
		int cap = im->cap_acc ? im->cap_acc * 2 : 64;
		struct imp_access *n = realloc(im->acc, (size_t)cap * sizeof(*n));

		if (!n)
			return;		/* counted: accesses < walks */
		im->acc = n;
		im->cap_acc = cap;
	}
	im->acc[im->nr_acc++] = im->cur;
}

static int kvm_event(struct importer *im)
{
	const char *p = im->ev.payload;
	unsigned long long x, y;
	unsigned int lvl;

	if (ftrace_is(&im->ev, "kvm_mmu_get_page")) {
		im->legacy_mmu = true;
		return 1;
	}
	if (ftrace_is(&im->ev, "kvm_mmu_pagetable_walk")) {
		if (sscanf(p, "addr %llx pferr %llx", &x, &y) != 2)
			return imp_err(im, im->ev.payload_col, "expected 'addr HEX pferr HEX'");
		access_close(im);
		im->cur = (struct imp_access){ .open = true, .gva = x, .pferr = (u32)y,
					       .line = im->ev.line };
		im->shadow_paging = true;
		return 1;
	}
	if (ftrace_is(&im->ev, "kvm_mmu_paging_element")) {
		if (sscanf(p, "pte %llx level %u", &x, &lvl) != 2 || !lvl || lvl > 5)
			return imp_err(im, im->ev.payload_col, "expected 'pte HEX level N'");
		if (!im->cur.open || im->cur.resolved)
			return 1;
		/* A leaf: level 1, or a large page (PS, bit 7) at 2 or 3. */
		if (lvl == 1 || (x & (1ULL << 7))) {
			u64 size = 1ULL << (PAGE_SHIFT + 9 * (lvl - 1));

			im->cur.gpa = (x & 0x000ffffffffff000ULL & ~(size - 1)) | (im->cur.gva & (size - 1));
			im->cur.resolved = true;
		} else {
			u64 gfn = (x & 0x000ffffffffff000ULL) >> PAGE_SHIFT;

			mark_pt_gfn(im, gfn);
		}
		return 1;
	}
	if (ftrace_is(&im->ev, "kvm_mmu_set_spte")) {
		const char *l;

		if (sscanf(p, "gfn %llx", &x) != 1 || !(l = strstr(p, ") level ")) ||
		    sscanf(l, ") level %u", &lvl) != 1)
			return imp_err(im, im->ev.payload_col, "expected 'gfn HEX spte HEX (...) level N'");
		im->sum->sptes++;
		if (!(im->cur.resolved && x == im->cur.gpa >> PAGE_SHIFT))
			im->sum->prefetched++;
		if (im->cur.open && im->cur.resolved) {
			u64 base = im->cur.gpa >> PAGE_SHIFT & ~7ULL;

			if (lvl == 1 && x - base < 8)
				im->cur.sptes |= (u8)(1u << (x - base));
			else
				im->cur.sptes_other++;
		}
		return 1;
	}
	if (ftrace_is(&im->ev, "kvm_emulate_insn")) {
		/* The emulator fetching the instruction at RIP is no guest fault. */
		if (sscanf(p, "%llx:%llx:", &x, &y) != 2)
			return imp_err(im, im->ev.payload_col, "expected 'CSBASE:RIP:BYTES'");
		if (im->cur.open && im->cur.gva == x + y && (im->cur.pferr & PF_FETCH)) {
			im->cur.open = false;
			im->sum->emulator_fetches++;
		}
		return 1;
	}
	if (ftrace_is(&im->ev, "vcpu_match_mmio")) {
		/* The emulated access went to MMIO: the access of that gpa exits. */
		if (sscanf(p, "gva %llx gpa %llx", &x, &y) != 2)
			return imp_err(im, im->ev.payload_col, "expected 'gva HEX gpa HEX ...'");
		access_close(im);
		for (int i = im->nr_acc - 1; i >= 0; i--) {
			if (im->acc[i].gpa >> PAGE_SHIFT == y >> PAGE_SHIFT) {
				im->acc[i].mmio = true;
				break;
			}
		}
		return 1;
	}
	/* The rest (spte_requested, accessed/dirty bits, shadow pages, ...) make no statement. */
	return 0;
}

/* ---- the recording --------------------------------------------------------------------- */

static int import_line(struct importer *im, const char *line, u32 lineno)
{
	struct import_summary *sum = im->sum;
	int kind, used;

	kind = ftrace_parse_line(im->file, lineno, line, &im->ev, &sum->lost, im->err, im->errlen);
	if (kind < 0)
		return kind;
	if (kind == FTRACE_LOST) {
		/* What happened in the gap is unknown: an import of it would be a guess. */
		snprintf(im->err, im->errlen, "%s:%u:1: %llu events were lost (the ring buffer "
			 "overflowed): record again with a larger buffer_size_kb", im->file, lineno,
			 (unsigned long long)sum->lost);
		return -EINVAL;
	}
	if (kind != FTRACE_EVENT)
		return 0;
	sum->events++;
	if (sum->vmm_pid < 0 && rec_is_marker(&im->ev)) {
		sum->vmm_pid = im->ev.pid;
		snprintf(sum->vmm_comm, sizeof(sum->vmm_comm), "%.*s", (int)im->ev.comm_len,
			 im->ev.comm);
	}
	if (sum->vmm_pid >= 0 && im->ev.pid != sum->vmm_pid) {
		char task[48];

		snprintf(task, sizeof(task), "%.*s-%d", (int)im->ev.comm_len, im->ev.comm, im->ev.pid);
		count(sum->other, &sum->nr_other, 16, task, strlen(task), false);
		sum->other_events++;
		return 0;
	}
	sum->vmm_events++;
	if (rec_is_marker(&im->ev)) {
		access_close(im);
		count_event(im, true);
		return marker(im);
	}
	used = im->run_vcpu >= 0 ? kvm_event(im) : 0;
	if (used < 0)
		return used;
	count_event(im, used);
	return 0;
}

static int import_stream(struct importer *im, FILE *in)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	u32 lineno = 0;
	int ret = 0;

	while ((n = getline(&line, &cap, in)) >= 0) {
		lineno++;
		im->sum->lines++;
		im->ev.line = lineno;
		if (n > IMPORT_MAX_LINE) {
			ret = imp_err(im, 1, "line longer than 64 KiB");
			break;
		}
		if ((size_t)n != strlen(line)) {
			ret = imp_err(im, (u32)strlen(line) + 1, "NUL byte in the recording");
			break;
		}
		if (n && line[n - 1] == '\n')
			line[--n] = '\0';
		ret = import_line(im, line, lineno);
		if (ret)
			break;
	}
	free(line);
	if (!ret && !lineno) {
		im->ev.line = 1;	/* an empty file still has a first line to point at */
		return imp_err(im, 1, "the recording is empty");
	}
	if (!ret && im->run_vcpu >= 0)
		ret = imp_err(im, 1, "the recording ends inside a KVM_RUN (truncated?)");
	if (!ret && im->vm_fd < 0)
		ret = imp_err(im, 1, "no vm_create marker: is this a recorder's recording?");
	return ret;
}

int import_recording(const char *path, const struct kvm_host_profile *host, FILE *out,
		     struct import_summary *sum, char *err, size_t errlen)
{
	struct importer *im = calloc(1, sizeof(*im));
	char *body = NULL;
	size_t body_len = 0;
	FILE *in;
	int ret;

	memset(sum, 0, sizeof(*sum));
	sum->file = path;
	sum->vmm_pid = -1;
	if (!im)
		return -ENOMEM;
	in = fopen(path, "r");
	if (!in) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		free(im);
		return -ENOENT;
	}
	im->file = path;
	im->sum = sum;
	im->err = err;
	im->errlen = errlen;
	im->vm_fd = -1;
	im->run_vcpu = -1;
	im->body = open_memstream(&body, &body_len);
	ret = im->body ? import_stream(im, in) : -ENOMEM;
	fclose(in);
	if (im->body)
		fclose(im->body);
	if (!ret) {
		if (!host)
			host = kvm_host_profile_find(im->shadow_paging || im->legacy_mmu ?
						     "6.18-legacy" : "6.18-tdp");
		sum->profile = host->name;
		sum->profile_why = im->shadow_paging ? "guest page-table walks: shadow paging" :
				   im->legacy_mmu ? "kvm_mmu_get_page events: the legacy MMU" :
						    "no guest page-table walks, no shadow pages";
		fprintf(out, "gmemsim-trace 1\n");
		fprintf(out, "# Imported by gmemsim import from %s: every expect= is what the\n"
			"# kernel did; rec=N names the recorded step (the line of its marker,\n"
			"# kvm_run_begin for a run's accesses); 'paging' marks an access to a\n"
			"# gfn the recording shows the guest's page tables in.\n", path);
		fprintf(out, "vm type=%llu vcpus=%u profile=%s\n", (unsigned long long)im->vm_type,
			im->nr_vcpus ? im->nr_vcpus : 1, host->name);
		fprintf(out, "run mode=ordered\nbarrier\n");
		fwrite(body, 1, body_len, out);
	}
	free(body);
	free(im->acc);
	free(im);
	return ret;
}

static void print_counts(FILE *f, const char *title, const struct import_count *c, int nr,
			 bool used)
{
	int n = 0;

	for (int i = 0; i < nr; i++)
		if (c[i].used == used)
			fprintf(f, "%s %s %llu", n++ ? "," : title, c[i].name, (unsigned long long)c[i].n);
	if (n)
		fprintf(f, "\n");
}

void import_summary_print(const struct import_summary *s, FILE *f)
{
	fprintf(f, "import: %s: %llu lines, %llu events, %llu lost\n", s->file,
		(unsigned long long)s->lines, (unsigned long long)s->events,
		(unsigned long long)s->lost);
	fprintf(f, "  the VMM: %s-%d (its markers): %llu events; other tasks: %llu events, not used\n",
		s->vmm_comm, s->vmm_pid, (unsigned long long)s->vmm_events,
		(unsigned long long)s->other_events);
	print_counts(f, "  other tasks:", s->other, s->nr_other, false);
	fprintf(f, "  host profile: %s (%s)\n", s->profile ? s->profile : "?",
		s->profile_why ? s->profile_why : "");
	fprintf(f, "  %llu markers, %llu KVM_RUNs, %llu guest accesses (%llu read, %llu write, "
		"%llu fetch; %llu in the guest-paging slot, counted apart); walks that are no "
		"access: %llu the guest took an exception on, %llu the emulator's instruction "
		"fetches\n", (unsigned long long)s->markers, (unsigned long long)s->runs,
		(unsigned long long)s->accesses, (unsigned long long)s->reads,
		(unsigned long long)s->writes, (unsigned long long)s->fetches,
		(unsigned long long)s->guest_paging_accesses, (unsigned long long)s->guest_exceptions,
		(unsigned long long)s->emulator_fetches);
	fprintf(f, "  %llu SPTEs installed, %llu of them for a neighbour (prefetch), %llu outside"
		" the 8-aligned group of their access\n", (unsigned long long)s->sptes,
		(unsigned long long)s->prefetched, (unsigned long long)s->sptes_outside);
	fprintf(f, "  %llu statements written\n", (unsigned long long)s->statements);
	print_counts(f, "  events used:", s->event, s->nr_event, true);
	print_counts(f, "  events not used:", s->event, s->nr_event, false);
	print_counts(f, "  markers not modelled:", s->marker, s->nr_marker, false);
}
