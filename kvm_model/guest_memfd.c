// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: virt/kvm/guest_memfd.c (Linux 6.18).
 *
 * guest_memfd: a file whose page cache is the VM's private memory.  The gmem
 * inode is the storage (folios, i_size fixed at creation, create flags); each
 * gmem file is one VM's view of it, holding a VM reference and the bindings
 * (page index -> memslot).  KVM asks the file for "the pfn and the page size"
 * (kvm_gmem_get_pfn, exported to the MMU through kvm_gmem_ops) and the file
 * takes memory away only inside an invalidation of every bound slot (punch
 * hole, release, memory failure).
 *
 * 6.18 choices written down:
 *  - flags: MMAP always, INIT_SHARED only on VMs without private memory;
 *  - folios are order 0 and the reported max_order is 0;
 *  - zeroing is lazy: the first get_pfn or user fault of a !uptodate folio
 *    clears it and marks it uptodate; fallocate leaves folios !uptodate;
 *  - no "prepared" tracking (no SNP/TDX arch prepare hook in the model);
 *  - a binding overlapping an existing one fails with -EINVAL (kvm-x86 next
 *    returns -EEXIST; 6.18 mainline wins);
 *  - the file table is the VFS's (mm_model/file_table.c) and the final fput
 *    is deferred by the VFS (flush_delayed_fput() at the end of each API
 *    call), so ->release never runs under slots_lock or kvm->srcu;
 *
 *  - bindings are multi-index entries stored with xa_store_range(), as in
 *    6.18: a slot's range is a few entries (at most two per xarray level),
 *    so the walks over bindings (invalidation, release) meet a slot once per
 *    entry and, like the kernel, take each slot's range from base_gfn/pgoff,
 *    never from the entry's index: a repeat is a no-op zap;
 *  - 6.18 ignores xa_store_range()'s result in kvm_gmem_bind() (a GFP_KERNEL
 *    node allocation does not fail there); the model's kmalloc failure knob
 *    can fail it, so bind erases the part stored, clears the slot's binding
 *    and returns -ENOMEM, rather than leave a slot with holes in its range.
 *
 * Simplified: no NUMA policy (mbind), no module refcount (row 5 of 2.1
 * cannot fail), no signals (row 10 of 2.4 cannot fire), no populate (SNP/TDX
 * only).
 */
#include <linux/bug_inject.h>
#include <linux/candidate_fix.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/mm.h>
#include <linux/mm_vma.h>
#include <linux/pagemap.h>
#include <linux/slab.h>

/* One VM's view of a gmem inode: file->private_data. */
struct gmem_file {
	struct kvm *kvm;		/* a reference (kvm_get_kvm) */
	/* pgoff -> slot; written under the invalidate_lock, read under RCU. */
	struct xarray bindings;
	struct list_head entry;		/* in gmem_inode->gmem_file_list */
};

struct gmem_inode {
	struct inode vfs_inode;
	/* Files viewing this inode; under the invalidate_lock (one in 6.18). */
	struct list_head gmem_file_list;
	u64 flags;			/* GUEST_MEMFD_FLAG_*, fixed at creation */
};

static inline struct gmem_inode *GMEM_I(struct inode *inode)
{
	return container_of(inode, struct gmem_inode, vfs_inode);
}

#define kvm_gmem_for_each_file(f, inode) \
	list_for_each_entry(f, &GMEM_I(inode)->gmem_file_list, entry)

static const struct file_operations kvm_gmem_fops;

bool file_is_kvm_gmem(const struct file *file)
{
	return file->f_op == &kvm_gmem_fops;
}

static pgoff_t kvm_gmem_get_index(const struct kvm_memory_slot *slot, gfn_t gfn)
{
	return gfn - slot->base_gfn + slot->gmem.pgoff;
}

/* A locked, referenced folio at @index, allocated if absent. */
static struct folio *kvm_gmem_get_folio(struct inode *inode, pgoff_t index)
{
	struct folio *folio;

	folio = filemap_lock_folio(inode->i_mapping, index);
	if (!IS_ERR(folio))
		return folio;

	folio = __filemap_get_folio(inode->i_mapping, index, FGP_LOCK | FGP_CREAT,
				    mapping_gfp_mask(inode->i_mapping));
	/* Everything below assumes order-0 folios (6.18). */
	WARN_ON_ONCE(!IS_ERR(folio) && folio_order(folio));
	return folio;
}

static enum kvm_gfn_range_filter kvm_gmem_get_invalidate_filter(struct inode *inode)
{
	/*
	 * bug-zoo B9 (undoes 5d3341d684be): the filter was hard-coded PRIVATE,
	 * so MMUs that honour it skip shared SPTEs of an INIT_SHARED file.
	 */
	if (bug_injected(BUG_GMEM_FILTER_PRIVATE_ONLY))
		return KVM_FILTER_PRIVATE;
	if (GMEM_I(inode)->flags & GUEST_MEMFD_FLAG_INIT_SHARED)
		return KVM_FILTER_SHARED;
	return KVM_FILTER_PRIVATE;
}

/* ---- invalidation (3.3 B) ----------------------------------------------------------- */

static void __kvm_gmem_invalidate_begin(struct gmem_file *f, pgoff_t start, pgoff_t end,
					enum kvm_gfn_range_filter attr_filter)
{
	bool flush = false, found_memslot = false;
	struct kvm_memory_slot *slot;
	struct kvm *kvm = f->kvm;
	unsigned long index;

	xa_for_each_range(&f->bindings, index, slot, start, end - 1) {
		pgoff_t pgoff = slot->gmem.pgoff;
		struct kvm_gfn_range gfn_range = {
			.start = slot->base_gfn + max(pgoff, start) - pgoff,
			.end = slot->base_gfn + min(pgoff + slot->npages, end) - pgoff,
			.slot = slot,
			.may_block = true,
			.attr_filter = attr_filter,
		};

		if (!found_memslot) {
			found_memslot = true;
			KVM_MMU_LOCK(kvm);
			kvm_mmu_invalidate_begin(kvm);
		}

		/* Once per multi-index entry of the slot: the range is the slot's. */
		flush |= kvm_mmu_unmap_gfn_range(kvm, &gfn_range);
	}

	/*
	 * bug-zoo B7 (undoes b25ab9cae30f): begin() ran whether or not a
	 * binding overlapped, while end() runs only if one does, so an
	 * invalidation of an unbound range stays open for good.
	 */
	if (bug_injected(BUG_GMEM_INVALIDATE_IMBALANCE) && !found_memslot) {
		found_memslot = true;
		KVM_MMU_LOCK(kvm);
		kvm_mmu_invalidate_begin(kvm);
	}

	/* TLB before unlock (3.7). */
	if (flush)
		kvm_flush_remote_tlbs(kvm);

	if (found_memslot)
		KVM_MMU_UNLOCK(kvm);
}

static void kvm_gmem_invalidate_begin(struct inode *inode, pgoff_t start, pgoff_t end)
{
	enum kvm_gfn_range_filter attr_filter = kvm_gmem_get_invalidate_filter(inode);
	struct gmem_file *f;

	kvm_gmem_for_each_file(f, inode)
		__kvm_gmem_invalidate_begin(f, start, end, attr_filter);
}

static void __kvm_gmem_invalidate_end(struct gmem_file *f, pgoff_t start, pgoff_t end)
{
	struct kvm *kvm = f->kvm;

	/* Bindings are frozen by the invalidate_lock: same answer as begin. */
	if (xa_find(&f->bindings, &start, end - 1, XA_PRESENT)) {
		KVM_MMU_LOCK(kvm);
		kvm_mmu_invalidate_end(kvm);
		KVM_MMU_UNLOCK(kvm);
	}
}

static void kvm_gmem_invalidate_end(struct inode *inode, pgoff_t start, pgoff_t end)
{
	struct gmem_file *f;

	kvm_gmem_for_each_file(f, inode)
		__kvm_gmem_invalidate_end(f, start, end);
}

static long kvm_gmem_punch_hole(struct inode *inode, loff_t offset, loff_t len)
{
	pgoff_t start = offset >> PAGE_SHIFT;
	pgoff_t end = (offset + len) >> PAGE_SHIFT;

	/* Exclusive: bindings stay put so begin and end balance. */
	filemap_invalidate_lock(inode->i_mapping);

	kvm_gmem_invalidate_begin(inode, start, end);
	/*
	 * bug-zoo B8 (undoes 936144404469): a rebase dropped the truncation;
	 * the SPTEs go but the folios and their contents stay.
	 */
	if (!bug_injected(BUG_GMEM_PUNCH_NO_TRUNCATE))
		truncate_inode_pages_range(inode->i_mapping, offset, offset + len - 1);
	kvm_gmem_invalidate_end(inode, start, end);

	filemap_invalidate_unlock(inode->i_mapping);
	return 0;
}

static long kvm_gmem_allocate(struct inode *inode, loff_t offset, loff_t len)
{
	struct address_space *mapping = inode->i_mapping;
	pgoff_t start, index, end;
	int r = 0;

	/* Row 9b: the size of a guest_memfd never changes. */
	if (offset + len > i_size_read(inode))
		return -EINVAL;

	/* Shared: no truncation meanwhile, other allocations may run. */
	filemap_invalidate_lock_shared(mapping);

	start = offset >> PAGE_SHIFT;
	end = (offset + len) >> PAGE_SHIFT;

	for (index = start; index < end;) {
		struct folio *folio = kvm_gmem_get_folio(inode, index);

		/* Row 11. */
		if (IS_ERR(folio)) {
			r = PTR_ERR(folio);
			break;
		}
		index = folio_next_index(folio);
		/* Left !uptodate: zeroed on first use (6.18). */
		folio_unlock(folio);
		folio_put(folio);

		if (WARN_ON_ONCE(!index))
			break;
		sched_progress();
		sched_point("kvm_gmem_allocate: next folio");
	}

	filemap_invalidate_unlock_shared(mapping);
	return r;
}

/* fallocate(2) after the VFS checks of vfs_fallocate (rows 6-9 of 2.4). */
static long kvm_gmem_fallocate(struct file *file, int mode, loff_t offset, loff_t len)
{
	long ret;

	/* Row 6. */
	if (!(mode & FALLOC_FL_KEEP_SIZE))
		return -EOPNOTSUPP;
	/* Row 7. */
	if (mode & ~(FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE))
		return -EOPNOTSUPP;
	/* Row 8. */
	if (!PAGE_ALIGNED(offset) || !PAGE_ALIGNED(len))
		return -EINVAL;

	if (mode & FALLOC_FL_PUNCH_HOLE)
		ret = kvm_gmem_punch_hole(file_inode(file), offset, len);
	else
		ret = kvm_gmem_allocate(file_inode(file), offset, len);

	if (!ret)
		inode_inc_iversion(file_inode(file));
	return ret;
}

/* ---- last close (3.3 C) ---------------------------------------------------------------- */

static int kvm_gmem_release(struct inode *inode, struct file *file)
{
	struct gmem_file *f = file->private_data;
	struct kvm_memory_slot *slot;
	struct kvm *kvm = f->kvm;
	unsigned long index;

	/*
	 * slots_lock keeps unbind from freeing a bound slot under us; no new
	 * binding can appear (this is the last reference) and get_pfn cannot
	 * be using the file (get_file_active fails from now on).
	 */
	mutex_lock(&kvm->slots_lock);
	filemap_invalidate_lock(inode->i_mapping);

	/* Read locklessly by get_file_active() in get_pfn; once per entry of the slot. */
	xa_for_each(&f->bindings, index, slot)
		WRITE_ONCE(slot->gmem.file, NULL);

	/* Zap everything mapped from this file; the memory stays with the inode. */
	__kvm_gmem_invalidate_begin(f, 0, -1UL, kvm_gmem_get_invalidate_filter(inode));
	__kvm_gmem_invalidate_end(f, 0, -1UL);

	list_del(&f->entry);

	filemap_invalidate_unlock(inode->i_mapping);
	mutex_unlock(&kvm->slots_lock);

	xa_destroy(&f->bindings);
	kfree(f);

	kvm_put_kvm(kvm);
	return 0;
}

static struct file *kvm_gmem_get_file(struct kvm_memory_slot *slot)
{
	/* Between the last fput() and release clearing it, the file is dying. */
	return get_file_active(&slot->gmem.file);
}

/* ---- host mmap (2.5) ------------------------------------------------------------------- */

static bool kvm_gmem_supports_mmap(struct inode *inode)
{
	return GMEM_I(inode)->flags & GUEST_MEMFD_FLAG_MMAP;
}

static vm_fault_t kvm_gmem_fault_user_mapping(struct vm_fault *vmf)
{
	struct inode *inode = file_inode(vmf->vma->vm_file);
	vm_fault_t ret = VM_FAULT_LOCKED;
	struct folio *folio;

	if (((loff_t)vmf->pgoff << PAGE_SHIFT) >= i_size_read(inode))
		return VM_FAULT_SIGBUS;

	/* 6.18: without INIT_SHARED the whole file is private to the guest. */
	if (!(GMEM_I(inode)->flags & GUEST_MEMFD_FLAG_INIT_SHARED))
		return VM_FAULT_SIGBUS;

	folio = kvm_gmem_get_folio(inode, vmf->pgoff);
	if (IS_ERR(folio)) {
		if (PTR_ERR(folio) == -EAGAIN)
			return VM_FAULT_RETRY;
		return vmf_error((int)PTR_ERR(folio));
	}

	if (WARN_ON_ONCE(folio_test_large(folio))) {
		ret = VM_FAULT_SIGBUS;
		goto out_folio;
	}

	/* Zero-before-use, once per folio lifetime (invariant 18). */
	if (!folio_test_uptodate(folio)) {
		folio_zero_pages(folio, 0, 1);
		folio_mark_uptodate(folio);
	}

	vmf->folio = folio;

out_folio:
	if (ret != VM_FAULT_LOCKED) {
		folio_unlock(folio);
		folio_put(folio);
	}
	return ret;
}

static const struct vm_operations_struct kvm_gmem_vm_ops = {
	.fault = kvm_gmem_fault_user_mapping,
	.name = "kvm-gmem",
};

static int kvm_gmem_mmap(struct file *file, struct vm_area_struct *vma)
{
	if (!kvm_gmem_supports_mmap(file_inode(file)))
		return -ENODEV;

	if ((vma->vm_flags & (VM_SHARED | VM_MAYSHARE)) != (VM_SHARED | VM_MAYSHARE))
		return -EINVAL;

	vma->vm_ops = &kvm_gmem_vm_ops;
	return 0;
}

/* No read/write: the VFS fails them (2.5). */
static const struct file_operations kvm_gmem_fops = {
	.mmap = kvm_gmem_mmap,
	.release = kvm_gmem_release,
	.fallocate = kvm_gmem_fallocate,
};

/* ---- address space operations ---------------------------------------------------------- */

static int kvm_gmem_migrate_folio(struct address_space *mapping, struct folio *dst,
				  struct folio *src, enum migrate_mode mode)
{
	/* The mapping is unmovable: nobody may ask. */
	WARN_ON_ONCE(1);
	return -EINVAL;
}

/* Memory failure (3.3 D): zap, keep the poisoned folio; get_pfn says EHWPOISON. */
static int kvm_gmem_error_folio(struct address_space *mapping, struct folio *folio)
{
	pgoff_t start, end;

	/*
	 * Candidate fix (docs/findings/gmem-error-folio-vs-punch-hole.md): take
	 * invalidate_lock in its documented order, before the folio lock.
	 * memory_failure() holds a reference, so the folio stays; one that
	 * PUNCH_HOLE truncated meanwhile was zapped by that punch.
	 */
	if (candidate_fixed(FIX_GMEM_ERROR_FOLIO_RELOCK)) {
		folio_unlock(folio);
		filemap_invalidate_lock_shared(mapping);
		folio_lock(folio);
		if (folio->mapping != mapping) {
			filemap_invalidate_unlock_shared(mapping);
			return MF_DELAYED;
		}
	} else {
		/* Shared: bindings stable, truncation excluded.  Under the folio lock. */
		filemap_invalidate_lock_shared(mapping);
	}

	start = folio->index;
	end = start + folio_nr_pages(folio);

	kvm_gmem_invalidate_begin(mapping->host, start, end);
	/* No truncation: what to do about the error is userspace's call. */
	kvm_gmem_invalidate_end(mapping->host, start, end);

	filemap_invalidate_unlock_shared(mapping);
	return MF_DELAYED;
}

static const struct address_space_operations kvm_gmem_aops = {
	.dirty_folio = noop_dirty_folio,
	.migrate_folio = kvm_gmem_migrate_folio,
	.error_remove_folio = kvm_gmem_error_folio,
};

/* ftruncate & co: the size is immutable. */
static int kvm_gmem_setattr(struct inode *inode, struct iattr *attr)
{
	return -EINVAL;
}

static const struct inode_operations kvm_gmem_iops = {
	.setattr = kvm_gmem_setattr,
};

static struct inode *kvm_gmem_alloc_inode(struct super_block *sb)
{
	struct gmem_inode *gi = kzalloc(sizeof(*gi), GFP_KERNEL);

	if (!gi)
		return NULL;
	gi->flags = 0;
	INIT_LIST_HEAD(&gi->gmem_file_list);
	return &gi->vfs_inode;
}

static void kvm_gmem_free_inode(struct inode *inode)
{
	kfree(GMEM_I(inode));
}

static const struct super_operations kvm_gmem_super_operations = {
	.alloc_inode = kvm_gmem_alloc_inode,
	.free_inode = kvm_gmem_free_inode,
};

/*
 * The superblock of guest_memfd inodes.  6.18 makes the inode with
 * anon_inode_create_getfile() on anon_inodefs, which is SB_I_NOEXEC |
 * SB_I_NODEV [anon_inodefs_init_fs_context]; later kernels' own guest_memfd
 * pseudo-fs sets the same.
 */
static struct super_block kvm_gmem_sb = {
	.s_id = "guest_memfd",
	.s_iflags = SB_I_NOEXEC | SB_I_NODEV,
	.s_maxbytes = MAX_LFS_FILESIZE,
	.s_op = &kvm_gmem_super_operations,
};

/* ---- creation (2.1) --------------------------------------------------------------------- */

static int __kvm_gmem_create(struct kvm *kvm, loff_t size, u64 flags)
{
	static const char *name = "[kvm-gmem]";
	struct gmem_file *f;
	struct inode *inode;
	struct file *file;
	int fd, err;

	/* Row 3; created without O_CLOEXEC. */
	fd = get_unused_fd_flags(0);
	if (fd < 0)
		return fd;

	/* Row 4. */
	f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f) {
		err = -ENOMEM;
		goto err_fd;
	}

	/* Row 6. */
	inode = new_inode(&kvm_gmem_sb, name);
	if (!inode) {
		err = -ENOMEM;
		goto err_gmem;
	}

	inode->i_op = &kvm_gmem_iops;
	inode->i_mapping->a_ops = &kvm_gmem_aops;
	/* [alloc_anon_inode] owner read/write: fstat() says 0100600. */
	inode->i_mode = S_IRUSR | S_IWUSR;
	inode->i_mode |= S_IFREG;
	inode->i_size = size;
	mapping_set_gfp_mask(inode->i_mapping, GFP_HIGHUSER);
	mapping_set_inaccessible(inode->i_mapping);
	/* Unmovable mappings must be unevictable as well. */
	WARN_ON_ONCE(!mapping_unevictable(inode->i_mapping));

	GMEM_I(inode)->flags = flags;

	file = alloc_file_pseudo(inode, name, O_RDWR, &kvm_gmem_fops);
	if (IS_ERR(file)) {
		err = (int)PTR_ERR(file);
		goto err_inode;
	}

	file->f_flags |= O_LARGEFILE;
	file->private_data = f;

	/* The file pins the VM, never the other way round. */
	kvm_get_kvm(kvm);
	f->kvm = kvm;
	xa_init(&f->bindings);
	list_add(&f->entry, &GMEM_I(inode)->gmem_file_list);

	fd_install(fd, file);
	return fd;

err_inode:
	iput(inode);
err_gmem:
	kfree(f);
err_fd:
	put_unused_fd(fd);
	return err;
}

int kvm_gmem_create(struct kvm *kvm, const struct kvm_create_guest_memfd *args)
{
	loff_t size = (loff_t)args->size;
	u64 flags = args->flags;

	/* Row 1. */
	if (flags & ~kvm_gmem_get_supported_flags(kvm))
		return -EINVAL;
	/* Row 2 (reserved[] is not checked). */
	if (size <= 0 || !PAGE_ALIGNED(size))
		return -EINVAL;

	return __kvm_gmem_create(kvm, size, flags);
}

struct file *kvm_gmem_fget(unsigned int fd)
{
	struct file *file = fget(fd);

	if (file && !file_is_kvm_gmem(file)) {
		fput(file);
		return NULL;
	}
	return file;
}

/* ---- bindings (rows 19-23 of 2.2) ------------------------------------------------------- */

int kvm_gmem_bind(struct kvm *kvm, struct kvm_memory_slot *slot, unsigned int fd, loff_t offset)
{
	loff_t size = (loff_t)slot->npages << PAGE_SHIFT;
	unsigned long start, end;
	struct gmem_file *f;
	struct inode *inode;
	struct file *file;
	int r = -EINVAL;

	lockdep_assert_held(&kvm->slots_lock);

	/* Row 19. */
	file = fget(fd);
	if (!file)
		return -EBADF;

	/* Row 20. */
	if (file->f_op != &kvm_gmem_fops)
		goto err;

	/* Row 21. */
	f = file->private_data;
	if (f->kvm != kvm)
		goto err;

	inode = file_inode(file);

	/* Row 22. */
	if (offset < 0 || !PAGE_ALIGNED(offset) || offset + size > i_size_read(inode))
		goto err;

	/* Exclusive: punch/error walks see all of a binding or none of it. */
	filemap_invalidate_lock(inode->i_mapping);

	start = offset >> PAGE_SHIFT;
	end = start + slot->npages;

	/* Row 23: -EINVAL in 6.18 (-EEXIST in kvm-x86 next). */
	if (!xa_empty(&f->bindings) && xa_find(&f->bindings, &start, end - 1, XA_PRESENT)) {
		filemap_invalidate_unlock(inode->i_mapping);
		goto err;
	}

	/*
	 * The slot is new and not yet visible, so get_pfn will see the file
	 * once it sees the slot.
	 */
	WRITE_ONCE(slot->gmem.file, file);
	slot->gmem.pgoff = start;
	if (kvm_gmem_supports_mmap(inode))
		slot->flags |= KVM_MEMSLOT_GMEM_ONLY;

	/* 6.18 ignores the result; the model's -ENOMEM undoes the binding (header). */
	r = xa_err(xa_store_range(&f->bindings, start, end - 1, slot, GFP_KERNEL));
	if (r) {
		/* The range was free: only the failed store's pieces are there. */
		xa_store_range(&f->bindings, start, end - 1, NULL, GFP_KERNEL);
		slot->flags &= ~KVM_MEMSLOT_GMEM_ONLY;
		WRITE_ONCE(slot->gmem.file, NULL);
	}
	filemap_invalidate_unlock(inode->i_mapping);
err:
	/* Dropped even on success: the file pins KVM, not vice versa. */
	fput(file);
	return r;
}

static void __kvm_gmem_unbind(struct kvm_memory_slot *slot, struct gmem_file *f)
{
	unsigned long start = slot->gmem.pgoff;
	unsigned long end = start + slot->npages;

	/* Erasing allocates nothing: cannot fail. */
	xa_store_range(&f->bindings, start, end - 1, NULL, GFP_KERNEL);

	/* synchronize_srcu() already hid this slot from kvm_gmem_get_pfn(). */
	WRITE_ONCE(slot->gmem.file, NULL);
}

void kvm_gmem_unbind(struct kvm_memory_slot *slot)
{
	struct file *file;

	/* Already closed: release invalidated and cleared every binding. */
	if (!slot->gmem.file)
		return;

	file = kvm_gmem_get_file(slot);
	/*
	 * Being closed: release cannot run its cleanup until we drop
	 * slots_lock (held by our caller), so the gmem_file is still there.
	 */
	if (!file) {
		__kvm_gmem_unbind(slot, slot->gmem.file->private_data);
		return;
	}

	filemap_invalidate_lock(file->f_mapping);
	__kvm_gmem_unbind(slot, file->private_data);
	filemap_invalidate_unlock(file->f_mapping);
	fput(file);
}

/* ---- the pfn for the MMU ------------------------------------------------------------------ */

/* A locked, referenced folio on success. */
static struct folio *__kvm_gmem_get_pfn(struct file *file, struct kvm_memory_slot *slot,
					pgoff_t index, kvm_pfn_t *pfn, int *max_order)
{
	struct file *slot_file = READ_ONCE(slot->gmem.file);
	struct gmem_file *f = file->private_data;
	struct folio *folio;

	/* Invariant 17. */
	if (file != slot_file) {
		WARN_ON_ONCE(slot_file);
		return ERR_PTR(-EFAULT);
	}

	if (xa_load(&f->bindings, index) != slot) {
		WARN_ON_ONCE(xa_load(&f->bindings, index));
		return ERR_PTR(-EIO);
	}

	folio = kvm_gmem_get_folio(file_inode(file), index);
	if (IS_ERR(folio))
		return folio;

	if (folio_test_hwpoison(folio)) {
		folio_unlock(folio);
		/*
		 * bug-zoo B11 (undoes c31745d2c508): the error path unlocked
		 * the folio but kept kvm_gmem_get_folio()'s reference.
		 */
		if (!bug_injected(BUG_GMEM_HWPOISON_REF_LEAK))
			folio_put(folio);
		return ERR_PTR(-EHWPOISON);
	}

	*pfn = folio_file_pfn(folio, index);
	/* Order-0 folios only (6.18). */
	if (max_order)
		*max_order = 0;
	return folio;
}

int kvm_gmem_get_pfn(struct kvm *kvm, struct kvm_memory_slot *slot, gfn_t gfn, kvm_pfn_t *pfn,
		     struct folio **folio_out, int *max_order)
{
	pgoff_t index = kvm_gmem_get_index(slot, gfn);
	struct folio *folio;
	struct file *file;

	file = kvm_gmem_get_file(slot);
	if (!file)
		return -EFAULT;

	folio = __kvm_gmem_get_pfn(file, slot, index, pfn, max_order);
	if (IS_ERR(folio)) {
		fput(file);
		return (int)PTR_ERR(folio);
	}

	/* Zero-before-use (invariant 18). */
	if (!folio_test_uptodate(folio)) {
		folio_zero_pages(folio, 0, 1);
		folio_mark_uptodate(folio);
	}

	/* No arch prepare hook (SNP/TDX) in the model. */
	folio_unlock(folio);
	*folio_out = folio;
	fput(file);
	return 0;
}

const struct kvm_private_mem_ops kvm_gmem_ops = {
	.name = "guest_memfd",
	.get_pfn = kvm_gmem_get_pfn,
	.bind = kvm_gmem_bind,
	.unbind = kvm_gmem_unbind,
};
