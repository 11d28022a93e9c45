// SPDX-License-Identifier: GPL-2.0
/*
 * The binding between trace statements and the model's API (no kernel
 * counterpart: this is the VMM, the guest and the host process of a trace).
 * Every statement goes through the entry point a real VMM or guest would use:
 * KVM ioctls through kvm_vm_ioctl() (with its common prologue), files through
 * the fd table and the VFS, memory through mm_mmap()/mm_munmap()/..., guest
 * accesses through kvm_vcpu_access() inside "KVM_RUN".
 */
#include <stdio.h>
#include <string.h>

#include <linux/bitops.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kvm.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/pagemap.h>
#include <linux/shmem_fs.h>
#include <linux/slab.h>

#include "kvm_model/mmu/mmu.h"
#include "sim/postcond.h"
#include "sim/world.h"

#define P(op, key) trace_param_index(op, key)

static bool has_at(const struct trace_stmt *st, int i)
{
	return i >= 0 && trace_has(st, i);
}

static bool has(const struct trace_stmt *st, const char *key)
{
	return has_at(st, P(st->op, key));
}

static u64 arg(const struct trace_stmt *st, const char *key, u64 dflt)
{
	int i = P(st->op, key);

	return i >= 0 && trace_has(st, i) ? st->val[i] : dflt;
}

static struct world_obj *obj(struct world *w, const struct trace_stmt *st, const char *key)
{
	int i = P(st->op, key);

	return i >= 0 && trace_has(st, i) ? &w->obj[st->val[i]] : NULL;
}

/* ---- the world -------------------------------------------------------------------- */

/*
 * The simulated host: the profile (@host, else the trace's, else the
 * default) as the vm statement loads KVM on it.  mmu=legacy is kvm.tdp_mmu=N;
 * mmu=tdp needs a host with TDP.
 */
static int world_host(struct world *w, const struct trace_stmt *vm,
		      const struct kvm_host_profile *host, char *err, size_t errlen)
{
	if (!host)
		host = has(vm, "profile") ? &kvm_host_profiles[arg(vm, "profile", 0)]
					  : KVM_HOST_PROFILE_DEFAULT;
	w->host = *host;
	if (has(vm, "mmu")) {
		bool legacy = arg(vm, "mmu", 0);

		if (!legacy && !host->tdp_enabled) {
			snprintf(err, errlen, "%s:%u:1: mmu=tdp: host profile %s has no TDP"
				 " (shadow paging)", w->t->file, vm->line, host->name);
			return -EINVAL;
		}
		w->host.tdp_mmu_enabled = !legacy;
	}
	w->host.private_legacy = has(vm, "hybrid");
	kvm_host_set_current(&w->host);
	return 0;
}

int world_create(struct world *w, const struct trace *t, const struct kvm_host_profile *host,
		 char *err, size_t errlen)
{
	const struct trace_stmt *vm = NULL;
	struct kvm_mmu_options mo = { 0 };
	int ret;

	memset(w, 0, sizeof(*w));
	w->t = t;
	for (u32 i = 0; i < t->nr_stmt && !vm; i++)
		if (t->stmt[i].op == TOP_VM)
			vm = &t->stmt[i];
	if (!vm) {
		snprintf(err, errlen, "%s: no vm statement", t->file);
		return -EINVAL;
	}
	w->obj = kcalloc(t->nr_obj ? t->nr_obj : 1, sizeof(*w->obj), GFP_KERNEL);
	w->gmem_obj = kcalloc(t->nr_obj ? t->nr_obj : 1, sizeof(*w->gmem_obj), GFP_KERNEL);
	if (!w->obj || !w->gmem_obj) {
		kfree(w->obj);
		kfree(w->gmem_obj);
		w->obj = NULL;
		w->gmem_obj = NULL;
		return -ENOMEM;
	}
	for (u32 i = 0; i < t->nr_obj; i++) {
		w->obj[i].kind = t->obj[i].kind;
		w->obj[i].fd = -1;
		if (t->obj[i].kind == TOBJ_GMEM)
			w->gmem_obj[w->nr_gmem_obj++] = i;
	}

	w->pm = phys_mem_create(arg(vm, "phys_size", 64ULL << 30), arg(vm, "phys_seed", 1));
	w->files = files_alloc();
	if (!w->pm || !w->files)
		goto enomem;
	world_enter(w);
	w->mm = mm_alloc("vmm");
	if (!w->mm)
		goto enomem;
	ret = world_host(w, vm, host, err, errlen);
	if (ret)
		return ret;
	w->kvm = kvm_create_vm(arg(vm, "type", KVM_X86_DEFAULT_VM), w->mm);
	if (IS_ERR(w->kvm)) {
		ret = PTR_ERR(w->kvm);
		w->kvm = NULL;
		snprintf(err, errlen, "%s:%u:1: KVM_CREATE_VM type %llu failed: -%s (host profile %s%s"
			 " offers the VM types 0x%x)", t->file, vm->line,
			 (unsigned long long)arg(vm, "type", KVM_X86_DEFAULT_VM),
			 trace_errno_name(ret) ? trace_errno_name(ret) : "?", w->host.name,
			 w->host.tdp_mmu_enabled || !w->host.tdp_enabled ? "" : " with mmu=legacy",
			 kvm_host_supported_vm_types(&w->host));
		return ret;
	}
	mo.type = w->host.tdp_mmu_enabled ? KVM_MMU_TDP : KVM_MMU_LEGACY;
	mo.allow_private_legacy = w->host.private_legacy;
	/* Model extension: zaps honour attr_filter as with TDX's mirror roots. */
	mo.honour_attr_filter = has(vm, "filter_roots");
	ret = kvm_mmu_attach(w->kvm, &mo);
	if (ret) {
		snprintf(err, errlen, "%s:%u:1: cannot attach the %s MMU to this VM: %d%s", t->file,
			 vm->line, mo.type == KVM_MMU_LEGACY ? "legacy" : "TDP", ret,
			 ret == -EOPNOTSUPP ? " (private memory on the legacy MMU needs 'hybrid')" : "");
		return ret;
	}
	w->nr_vcpus = t->nr_vcpus;
	for (unsigned int i = 0; i < w->nr_vcpus; i++) {
		w->vcpu[i] = kvm_vcpu_create(w->kvm, (int)i);
		if (IS_ERR(w->vcpu[i])) {
			ret = PTR_ERR(w->vcpu[i]);
			w->vcpu[i] = NULL;
			snprintf(err, errlen, "%s:%u:1: KVM_CREATE_VCPU %u failed: %d", t->file,
				 vm->line, i, ret);
			return ret;
		}
	}
	return 0;
enomem:
	snprintf(err, errlen, "%s: out of memory building the world", t->file);
	return -ENOMEM;
}

void world_enter(struct world *w)
{
	phys_mem_set_current(w->pm);
	files_set_current(w->files);
	kvm_host_set_current(&w->host);
}

void world_destroy(struct world *w)
{
	unsigned long pages;

	world_enter(w);
	for (u32 i = 0; w->obj && i < w->t->nr_obj; i++) {
		struct world_obj *o = &w->obj[i];

		if (o->kind == TOBJ_GMEM && o->fd >= 0)
			close_fd(o->fd);
		if (o->kind == TOBJ_MEMFD && o->file)
			fput(o->file);
	}
	for (unsigned int i = 0; i < w->nr_vcpus; i++)
		if (w->vcpu[i])
			kvm_vcpu_destroy(w->vcpu[i]);
	if (w->kvm)
		kvm_vm_release(w->kvm);
	/* The process exits: its files, its mappings, then the mm (notifier release). */
	if (w->files)
		files_free(w->files);
	if (w->mm)
		mmput(w->mm);
	/* exit_task_work: the last file releases; then every RCU-deferred free. */
	flush_delayed_fput();
	rcu_barrier();
	kfree(w->obj);
	kfree(w->gmem_obj);
	if (w->pm) {
		pages = phys_mem_destroy(w->pm);
		if (pages)
			report_violation("leak", "pages live at teardown", __FILE__, __LINE__,
					 "%lu page(s) of %s still allocated after every object was released",
					 pages, w->t->file);
	}
	phys_mem_set_current(NULL);
	files_set_current(NULL);
	kvm_host_set_current(NULL);
	memset(w, 0, sizeof(*w));
}

void world_abandon(struct world *w)
{
	if (!w->t)
		return;		/* destroyed, or never built */
	if (w->pm)
		phys_mem_abandon(w->pm);
	phys_mem_set_current(NULL);
	files_set_current(NULL);
	kvm_host_set_current(NULL);
	memset(w, 0, sizeof(*w));
}

/* ---- statements ------------------------------------------------------------------------ */

static void ret_out(struct outcome *out, long ret)
{
	out->kind = OUT_RET;
	out->ret = ret < 0 ? ret : 0;
}

static long vm_ioctl(struct world *w, unsigned int ioctl, void *argp)
{
	return kvm_vm_ioctl(w->kvm, w->mm, ioctl, (unsigned long)argp);
}

static long do_gmem_create(struct world *w, const struct trace_stmt *st)
{
	struct kvm_create_guest_memfd args = {
		.size = arg(st, "size", 0),
		.flags = arg(st, "flags", 0),
	};
	long fd = vm_ioctl(w, KVM_CREATE_GUEST_MEMFD, &args);

	if (fd >= 0)
		obj(w, st, "name")->fd = (int)fd;
	return fd;
}

static long do_fallocate(struct world *w, const struct trace_stmt *st, struct file *file)
{
	u64 mode = arg(st, "mode", 0);
	long ret;

	struct punch_snapshot snap;
	loff_t off = (loff_t)arg(st, "offset", 0), len = (loff_t)arg(st, "len", 0);

	if (!file)
		return -EBADF;
	if (mode & FALLOC_FL_PUNCH_HOLE)
		postcond_punch_begin(&snap, file->f_mapping, off, len);
	ret = vfs_fallocate(file, (int)mode, off, len);
	if (!ret && (mode & FALLOC_FL_PUNCH_HOLE))
		postcond_punch_end(&snap);
	return ret;
}

static long do_gmem_fallocate(struct world *w, const struct trace_stmt *st)
{
	struct world_obj *o = obj(w, st, "gmem");
	struct file *file = o->fd >= 0 ? fget((unsigned int)o->fd) : NULL;
	long ret = do_fallocate(w, st, file);

	if (file)
		fput(file);
	return ret;
}

static long do_gmem_close(struct world *w, const struct trace_stmt *st)
{
	struct world_obj *o = obj(w, st, "gmem");
	long ret;

	if (o->fd < 0)
		return -EBADF;
	ret = close_fd((unsigned int)o->fd);
	o->fd = -1;
	return ret;
}

static long do_memfd_create(struct world *w, const struct trace_stmt *st)
{
	struct world_obj *o = obj(w, st, "name");
	struct file *file;
	long ret;

	file = sys_memfd_create(w->t->obj[st->val[P(st->op, "name")]].name,
				has(st, "huge") ? MFD_HUGETLB : 0);
	if (IS_ERR(file))
		return PTR_ERR(file);
	ret = vfs_ftruncate(file, (loff_t)arg(st, "size", 0));
	if (ret) {
		fput(file);
		return ret;
	}
	o->file = file;
	return 0;
}

static long do_mmap(struct world *w, const struct trace_stmt *st)
{
	struct world_obj *o = obj(w, st, "name");
	struct world_obj *memfd = obj(w, st, "memfd"), *gmem = obj(w, st, "gmem");
	unsigned long flags = 0;
	struct file *file = NULL;
	long addr;

	if (has(st, "shared"))
		flags |= MAP_SHARED;
	if (has(st, "private"))
		flags |= MAP_PRIVATE;
	if (has(st, "anon"))
		flags |= MAP_ANONYMOUS;
	if (has(st, "fixed"))
		flags |= MAP_FIXED;
	if (memfd)
		file = memfd->file ? get_file(memfd->file) : NULL;
	else if (gmem)
		file = gmem->fd >= 0 ? fget((unsigned int)gmem->fd) : NULL;
	if ((memfd || gmem) && !file)
		return -EBADF;
	addr = mm_mmap(w->mm, arg(st, "addr", 0), arg(st, "len", 0), arg(st, "prot", 0), flags,
		       file, arg(st, "offset", 0));
	if (file)
		fput(file);	/* the mapping holds its own reference */
	if (addr < 0)
		return addr;
	o->hva = (unsigned long)addr;
	o->len = arg(st, "len", 0);
	return 0;
}

/* The hva a host op names: mem= + offset=, or a raw addr=. */
static unsigned long host_addr(struct world *w, const struct trace_stmt *st)
{
	struct world_obj *m = obj(w, st, "mem");

	if (m)
		return m->hva + arg(st, "offset", 0);
	return arg(st, "addr", 0);
}

static long do_host_access(struct world *w, const struct trace_stmt *st, struct outcome *out)
{
	bool write = st->op == TOP_HOST_WRITE;
	u64 value = arg(st, "value", (u64)st->line << 8 | TRACE_ACTOR_HOST);
	int ret = host_access(w->mm, host_addr(w, st), write, &value);

	if (ret == HOST_SIGBUS) {
		out->kind = OUT_SIGBUS;
		return ret;
	}
	if (!ret && !write) {
		out->value = value;
		out->has_value = true;
	}
	return ret;
}

/*
 * KVM_SET_USER_MEMORY_REGION2 whose guest_memfd is the fd of a file that is
 * no guest_memfd (gmem_file=F, a memfd: what binding a slot to /dev/null or
 * any other file does): the memfd is installed in the fd table for the call.
 */
static long set_memory_region_on_file(struct world *w, struct kvm_userspace_memory_region2 *r,
				      struct world_obj *f)
{
	int fd;
	long ret;

	if (!f->file)
		return -EBADF;
	fd = fd_install_new(get_file(f->file));
	if (fd < 0) {
		fput(f->file);
		return fd;
	}
	r->guest_memfd = (u32)fd;
	ret = vm_ioctl(w, KVM_SET_USER_MEMORY_REGION2, r);
	close_fd((unsigned int)fd);
	return ret;
}

static long do_set_memory_region(struct world *w, const struct trace_stmt *st)
{
	struct world_obj *m = obj(w, st, "mem"), *g = obj(w, st, "gmem");
	struct world_obj *f = obj(w, st, "gmem_file");
	struct kvm_userspace_memory_region2 r = {
		.slot = (u32)(arg(st, "as", 0) << 16 | arg(st, "slot", 0)),
		.flags = (u32)arg(st, "flags", 0),
		.guest_phys_addr = arg(st, "gpa", 0),
		.memory_size = arg(st, "size", 0),
		.guest_memfd_offset = arg(st, "gmem_offset", 0),
	};

	r.userspace_addr = m ? m->hva + arg(st, "mem_offset", 0) : arg(st, "hva", 0);
	if (g)
		r.guest_memfd = g->fd >= 0 ? (u32)g->fd : ~0U;
	if (f)
		return set_memory_region_on_file(w, &r, f);
	if (has(st, "v1")) {
		struct kvm_userspace_memory_region r1 = {
			.slot = r.slot,
			.flags = r.flags,
			.guest_phys_addr = r.guest_phys_addr,
			.memory_size = r.memory_size,
			.userspace_addr = r.userspace_addr,
		};

		return vm_ioctl(w, KVM_SET_USER_MEMORY_REGION, &r1);
	}
	return vm_ioctl(w, KVM_SET_USER_MEMORY_REGION2, &r);
}

static long do_set_attributes(struct world *w, const struct trace_stmt *st)
{
	struct kvm_memory_attributes a = {
		.address = arg(st, "gpa", 0),
		.size = arg(st, "size", 0),
		.attributes = has(st, "private") ? KVM_MEMORY_ATTRIBUTE_PRIVATE :
						   arg(st, "attributes", 0),
		.flags = arg(st, "flags", 0),
	};
	return vm_ioctl(w, KVM_SET_MEMORY_ATTRIBUTES, &a);
}

/* Machine check on the page at offset= of a guest_memfd: memory_failure(pfn). */
static long do_hwpoison(struct world *w, const struct trace_stmt *st)
{
	struct world_obj *g = obj(w, st, "gmem");
	struct file *file = g->fd >= 0 ? fget((unsigned int)g->fd) : NULL;
	struct folio *folio;
	long ret;

	if (!file)
		return -EBADF;
	folio = filemap_get_folio(file->f_mapping, arg(st, "offset", 0) >> PAGE_SHIFT);
	if (IS_ERR(folio)) {
		ret = PTR_ERR(folio);	/* nothing there to poison */
	} else {
		unsigned long pfn = folio_pfn(folio);

		folio_put(folio);
		ret = memory_failure(pfn, 0);
	}
	fput(file);
	return ret;
}

/*
 * The access ops' argument indices, looked up once: do_access is the
 * replay's hot path, and trace_param_index() compares names.
 */
static struct access_args {
	int gpa, private, shared, value;
} access_args[TOP_NR];

__attribute__((constructor)) static void access_args_init(void)
{
	static const enum trace_op_id ops[] = { TOP_READ, TOP_WRITE, TOP_EXEC };

	for (unsigned int i = 0; i < ARRAY_SIZE(ops); i++)
		access_args[ops[i]] = (struct access_args){
			P(ops[i], "gpa"), P(ops[i], "private"), P(ops[i], "shared"),
			P(ops[i], "value") };
}

static enum kvm_guest_view guest_view(const struct trace_stmt *st)
{
	const struct access_args *a = &access_args[st->op];

	if (has_at(st, a->private))
		return KVM_VIEW_PRIVATE;
	if (has_at(st, a->shared))
		return KVM_VIEW_SHARED;
	return KVM_VIEW_ATTRIBUTES;
}

static enum trace_exit exit_of(const struct kvm_vcpu *vcpu, int ret)
{
	if (ret == -EHWPOISON)
		return TEXIT_HWPOISON;
	switch (vcpu->run.exit_reason) {
	case KVM_EXIT_MEMORY_FAULT:
		return TEXIT_MEMORY_FAULT;
	case KVM_EXIT_MMIO:
		return TEXIT_MMIO;
	case KVM_EXIT_INTERNAL_ERROR:
		return TEXIT_INTERNAL_ERROR;
	default:
		return ret == -EFAULT ? TEXIT_EFAULT : TEXIT_NONE;
	}
}

static void do_access(struct world *w, const struct trace_stmt *st, int actor,
		      struct outcome *out)
{
	static const enum kvm_access_type types[] = {
		[TOP_READ] = KVM_ACCESS_READ,
		[TOP_WRITE] = KVM_ACCESS_WRITE,
		[TOP_EXEC] = KVM_ACCESS_EXEC,
	};
	struct kvm_vcpu *vcpu = w->vcpu[actor - TRACE_ACTOR_VCPU0];
	const struct access_args *a = &access_args[st->op];
	/* A write's default token names its line and vCPU: checkable by later reads. */
	u64 value = has_at(st, a->value) ? st->val[a->value] : (u64)st->line << 8 | (u64)actor;
	u64 gpa = st->val[a->gpa];	/* required: always given */
	u64 faults = vcpu->stat.faults;
	int ret;

	vcpu->run.exit_reason = KVM_EXIT_UNKNOWN;
	vcpu->spte_log = (struct kvm_spte_log){ .on = true, .base = gpa >> PAGE_SHIFT & ~7ULL };
	ret = kvm_vcpu_access(vcpu, gpa, types[st->op], guest_view(st), &value);
	vcpu->spte_log.on = false;
	out->access = true;
	out->faulted = vcpu->stat.faults != faults;
	out->spte_mask = vcpu->spte_log.mask;
	out->spte_other = vcpu->spte_log.other;
	if (ret == 1) {
		ret_out(out, 0);
		if (st->op == TOP_READ) {
			out->value = value;
			out->has_value = true;
		}
		return;
	}
	out->kind = OUT_EXIT;
	out->ret = ret;
	out->exit = exit_of(vcpu, ret);
}

/*
 * KVM_CREATE_VM of one more VM, closed at once: what a VMM probing the host's
 * VM types sees.  The world's own VM is the vm statement's.
 */
static long do_vm_create(struct world *w, const struct trace_stmt *st)
{
	struct kvm *kvm = kvm_create_vm(arg(st, "type", 0), w->mm);

	if (IS_ERR(kvm))
		return PTR_ERR(kvm);
	kvm_vm_release(kvm);
	return 0;
}

/* KVM_CHECK_EXTENSION on /dev/kvm, or with 'vm' on the VM fd: the value it returns. */
static long do_check_extension(struct world *w, const struct trace_stmt *st,
			       struct outcome *out)
{
	long cap = (long)arg(st, "cap", 0);
	long r = has(st, "vm") ? vm_ioctl(w, KVM_CHECK_EXTENSION, (void *)cap)
			       : kvm_dev_ioctl_check_extension(cap);

	if (r >= 0) {
		out->value = (u64)r;
		out->has_value = true;
	}
	return r;
}

/* The statement's guest_memfd (through its fd) or memfd, referenced; NULL once closed. */
static struct file *stmt_file(struct world *w, const struct trace_stmt *st)
{
	struct world_obj *o = obj(w, st, "gmem");

	if (o)
		return o->fd >= 0 ? fget((unsigned int)o->fd) : NULL;
	o = obj(w, st, "memfd");
	return o->file ? get_file(o->file) : NULL;
}

/* fstat(2)'s st_mode, or fcntl(F_GETFL), of a guest_memfd or memfd. */
static long do_file_query(struct world *w, const struct trace_stmt *st, struct outcome *out)
{
	struct file *file = stmt_file(w, st);
	struct kstat stat;
	long ret = 0;

	if (!file)
		return -EBADF;
	if (st->op == TOP_FSTAT) {
		ret = vfs_getattr(file, &stat);
		out->value = stat.mode;
	} else {
		out->value = file->f_flags & ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC);
	}
	out->has_value = !ret;
	fput(file);
	return ret;
}

/*
 * read(2)/pread64(2)/write(2)/pwrite64(2) of len= bytes (default 8), lseek(2),
 * or open(2) of /proc/self/fd/N (the new file closed at once), on a
 * guest_memfd or memfd.  The value is the byte count or the new offset.
 */
static long do_file_io(struct world *w, const struct trace_stmt *st, struct outcome *out)
{
	struct file *file = stmt_file(w, st), *f;
	size_t len = (size_t)arg(st, "len", 8);
	loff_t off = (loff_t)arg(st, "offset", 0);
	u64 *words = NULL;
	long ret;

	if (!file)
		return -EBADF;
	if (st->op == TOP_FILE_READ || st->op == TOP_FILE_WRITE) {
		/* every page the bytes could touch, from any position */
		size_t nr = (len >> PAGE_SHIFT) + 2;
		u64 token = arg(st, "value", (u64)st->line << 8 | TRACE_ACTOR_VMM);

		words = kcalloc(nr, sizeof(*words), GFP_KERNEL);
		if (!words) {
			fput(file);
			return -ENOMEM;
		}
		for (size_t i = 0; i < nr; i++)
			words[i] = token;
	}
	switch (st->op) {
	case TOP_FILE_READ:
		ret = has(st, "offset") ? vfs_pread(file, words, len, off) : ksys_read(file, words, len);
		break;
	case TOP_FILE_WRITE:
		ret = has(st, "offset") ? vfs_pwrite(file, words, len, off) :
					  ksys_write(file, words, len);
		break;
	case TOP_FILE_LSEEK:
		ret = ksys_lseek(file, off, (unsigned int)arg(st, "whence", SEEK_SET));
		break;
	default:
		f = vfs_reopen(file, O_RDWR | O_LARGEFILE);
		ret = PTR_ERR_OR_ZERO(f);
		if (!ret)
			fput(f);
		break;
	}
	kfree(words);
	fput(file);
	if (ret > 0 || (!ret && st->op != TOP_FILE_REOPEN)) {
		out->value = (u64)ret;
		out->has_value = true;
		ret = 0;
	}
	return ret;
}

/*
 * KVM_GET_DIRTY_LOG into a bitmap as large as the slot (the VMM knows the
 * size of the slot it made); the value is the number of pages it reports.
 */
static long do_get_dirty_log(struct world *w, const struct trace_stmt *st, struct outcome *out)
{
	u32 as_id = (u32)arg(st, "as", 0), id = (u32)arg(st, "slot", 0);
	struct kvm_dirty_log log = { .slot = as_id << 16 | id };
	struct kvm_memory_slot *slot;
	unsigned long words = 1;
	long ret;
	int idx;

	idx = srcu_read_lock(&w->kvm->srcu);
	if ((int)as_id < kvm_arch_nr_memslot_as_ids(w->kvm) &&
	    (slot = id_to_memslot(__kvm_memslots(w->kvm, (int)as_id), (int)id)))
		words = kvm_dirty_bitmap_bytes(slot) / sizeof(long) ?: 1;
	srcu_read_unlock(&w->kvm->srcu, idx);

	log.dirty_bitmap = kvcalloc(words, sizeof(long), GFP_KERNEL_ACCOUNT);
	if (!log.dirty_bitmap)
		return -ENOMEM;
	ret = vm_ioctl(w, KVM_GET_DIRTY_LOG, &log);
	if (!ret) {
		out->value = 0;
		for (unsigned long i = 0; i < words; i++)
			out->value += hweight_long(((unsigned long *)log.dirty_bitmap)[i]);
		out->has_value = true;
	}
	kvfree(log.dirty_bitmap);
	return ret;
}

static long do_pre_fault(struct world *w, const struct trace_stmt *st, int actor)
{
	struct kvm_pre_fault_memory range = {
		.gpa = arg(st, "gpa", 0),
		.size = arg(st, "size", 0),
	};

	return kvm_vcpu_pre_fault_memory(w->vcpu[actor - TRACE_ACTOR_VCPU0], w->mm, &range);
}

static void __world_exec(struct world *w, const struct trace_stmt *st, int actor,
			 struct outcome *out)
{
	long ret = 0;

	switch (st->op) {
	case TOP_GMEM_CREATE:
		ret = do_gmem_create(w, st);
		break;
	case TOP_GMEM_FALLOCATE:
		ret = do_gmem_fallocate(w, st);
		break;
	case TOP_GMEM_CLOSE:
		ret = do_gmem_close(w, st);
		break;
	case TOP_MEMFD_CREATE:
		ret = do_memfd_create(w, st);
		break;
	case TOP_MEMFD_FALLOCATE:
		ret = do_fallocate(w, st, obj(w, st, "memfd")->file);
		break;
	case TOP_FTRUNCATE:
		ret = obj(w, st, "memfd")->file ?
			      vfs_ftruncate(obj(w, st, "memfd")->file, (loff_t)arg(st, "size", 0)) :
			      -EBADF;
		break;
	case TOP_MMAP:
		ret = do_mmap(w, st);
		break;
	case TOP_MUNMAP:
		ret = mm_munmap(w->mm, host_addr(w, st), arg(st, "len", 0));
		break;
	case TOP_MPROTECT:
		ret = mm_mprotect(w->mm, host_addr(w, st), arg(st, "len", 0), arg(st, "prot", 0));
		break;
	case TOP_MADVISE:
		ret = mm_madvise(w->mm, host_addr(w, st), arg(st, "len", 0),
				 (int)arg(st, "advice", 0));
		break;
	case TOP_HOST_READ:
	case TOP_HOST_WRITE:
		ret = do_host_access(w, st, out);
		if (out->kind == OUT_SIGBUS)
			return;
		break;
	case TOP_SET_MEMORY_REGION:
		ret = do_set_memory_region(w, st);
		break;
	case TOP_SET_MEMORY_ATTRIBUTES:
		ret = do_set_attributes(w, st);
		break;
	case TOP_HWPOISON:
		ret = do_hwpoison(w, st);
		break;
	case TOP_READ:
	case TOP_WRITE:
	case TOP_EXEC:
		do_access(w, st, actor, out);
		return;
	case TOP_PRE_FAULT:
		ret = do_pre_fault(w, st, actor);
		break;
	case TOP_VM_CREATE:
		ret = do_vm_create(w, st);
		break;
	case TOP_CHECK_EXTENSION:
		ret = do_check_extension(w, st, out);
		break;
	case TOP_FSTAT:
	case TOP_FCNTL_GETFL:
		ret = do_file_query(w, st, out);
		break;
	case TOP_GET_DIRTY_LOG:
		ret = do_get_dirty_log(w, st, out);
		break;
	case TOP_FILE_READ:
	case TOP_FILE_WRITE:
	case TOP_FILE_LSEEK:
	case TOP_FILE_REOPEN:
		ret = do_file_io(w, st, out);
		break;
	case TOP_DEV_IOCTL:
		/* arg= is the value or pointer the VMM passed: the model never dereferences it */
		ret = kvm_dev_ioctl((unsigned int)arg(st, "cmd", 0), arg(st, "arg", 0));
		if (ret >= 0) {
			out->value = (u64)ret;
			out->has_value = true;
			ret = 0;
		}
		break;
	case TOP_VM:
	case TOP_RUN:
	case TOP_EXPECT_VIOLATION:
	case TOP_BARRIER:
	case TOP_NR:
		break;
	}
	ret_out(out, ret);
}

/*
 * The statement's figures, in the actor's own record: one writer per record
 * (each actor is one thread in free mode), so plain increments, and no line
 * shared by two actors.  Read once the actors are done (world_stats_sum).
 */
static void world_count(struct world *w, const struct trace_stmt *st, int actor,
			const struct outcome *out)
{
	struct world_stats *ws = &w->stats[actor - TRACE_ACTOR_SETUP].s;
	bool ok = out->kind == OUT_RET && !out->ret;

	ws->events++;
	switch (st->op) {
	case TOP_READ:
	case TOP_WRITE:
	case TOP_EXEC:
		ws->accesses++;
		if (out->kind == OUT_EXIT)
			ws->exits[out->exit]++;
		return;
	case TOP_SET_MEMORY_ATTRIBUTES:
		ws->conversions += ok;
		break;
	case TOP_GMEM_FALLOCATE:
	case TOP_MEMFD_FALLOCATE:
		ws->punches += ok && (arg(st, "mode", 0) & FALLOC_FL_PUNCH_HOLE);
		break;
	default:
		break;
	}
	ws->errors += out->kind == OUT_RET && out->ret < 0;
}

void world_stats_sum(const struct world *w, struct world_stats *sum)
{
	memset(sum, 0, sizeof(*sum));
	for (size_t a = 0; a < ARRAY_SIZE(w->stats); a++) {
		const struct world_stats *ws = &w->stats[a].s;

		sum->events += ws->events;
		sum->accesses += ws->accesses;
		for (int e = 0; e < TEXIT_NR; e++)
			sum->exits[e] += ws->exits[e];
		sum->conversions += ws->conversions;
		sum->punches += ws->punches;
		sum->errors += ws->errors;
	}
}

void world_exec(struct world *w, const struct trace_stmt *st, int actor, struct outcome *out)
{
	memset(out, 0, sizeof(*out));
	__world_exec(w, st, actor, out);
	world_count(w, st, actor, out);
	/* Return to user space: task work runs the final fput()s deferred in the call. */
	flush_delayed_fput();
}

/* ---- outcomes ----------------------------------------------------------------------------- */

void outcome_format(const struct outcome *out, char *buf, size_t len)
{
	const char *name;

	switch (out->kind) {
	case OUT_SIGBUS:
		snprintf(buf, len, "sigbus");
		return;
	case OUT_EXIT:
		name = out->ret < 0 ? trace_errno_name(out->ret) : NULL;
		if (name)
			snprintf(buf, len, "exit:%s (KVM_RUN -%s)", trace_exit_name(out->exit), name);
		else
			snprintf(buf, len, "exit:%s (KVM_RUN %ld)", trace_exit_name(out->exit),
				 out->ret);
		return;
	case OUT_RET:
		if (!out->ret && out->access && out->has_value)
			snprintf(buf, len, "0 (%s, value:%#llx)", out->faulted ? "fault" : "hit",
				 (unsigned long long)out->value);
		else if (!out->ret && out->access)
			snprintf(buf, len, "0 (%s)", out->faulted ? "fault" : "hit");
		else if (!out->ret && out->has_value)
			snprintf(buf, len, "0 (value:%#llx)", (unsigned long long)out->value);
		else if (!out->ret)
			snprintf(buf, len, "0");
		else if ((name = trace_errno_name(out->ret)))
			snprintf(buf, len, "-%s", name);
		else
			snprintf(buf, len, "%ld", out->ret);
		return;
	}
}

bool outcome_matches(const struct trace_stmt *st, const struct outcome *out, char *buf,
		     size_t len)
{
	const struct trace_expect *e = &st->expect;
	bool ok;

	switch (e->kind) {
	case TEXP_ANY:
		return true;
	case TEXP_RET:
		ok = out->kind == OUT_RET && out->ret == e->ret;
		break;
	case TEXP_EXIT:
		ok = out->kind == OUT_EXIT && out->exit == e->exit;
		break;
	case TEXP_VALUE:
		ok = out->kind == OUT_RET && !out->ret && out->has_value && out->value == e->value;
		break;
	case TEXP_SIGBUS:
		ok = out->kind == OUT_SIGBUS;
		break;
	case TEXP_FAULT:
	case TEXP_HIT:
		ok = out->kind == OUT_RET && !out->ret && out->access &&
		     out->faulted == (e->kind == TEXP_FAULT);
		break;
	default:
		ok = false;
	}
	if (!ok) {
		char got[96];

		outcome_format(out, got, sizeof(got));
		snprintf(buf, len, "got %s", got);
	}
	return ok;
}
