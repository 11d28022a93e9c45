// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/shmem.c (shmem_get_folio, shmem_fallocate,
 * shmem_setattr, shmem_file_read_iter/write_iter, shmem_fault, shmem_mmap),
 * mm/memfd.c (memfd_create, seals) and the hugetlbfs rules memfd relies on
 * (fs/hugetlbfs/inode.c: hugetlbfs_setattr, hugetlbfs_fallocate).
 *
 * What is simplified is listed in linux/shmem_fs.h.  Locks: inode_lock
 * (i_rwsem) serialises size changes, fallocate and seals, as in the kernel;
 * page-cache folios are found and created under their folio lock.
 */
#include <linux/compiler.h>
#include <stdio.h>
#include <string.h>

#include <linux/bug.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/mm_vma.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/shmem_fs.h>
#include <linux/slab.h>

static const struct address_space_operations shmem_aops;
static const struct file_operations shmem_file_operations;
static const struct file_operations hugetlbfs_file_operations;
static const struct inode_operations shmem_inode_operations;
static const struct vm_operations_struct shmem_vm_ops;

/* ---- the filesystem ----------------------------------------------------------------- */

static struct inode *shmem_alloc_inode(struct super_block *sb)
{
	struct shmem_inode_info *info = kzalloc(sizeof(*info), GFP_KERNEL);

	return info ? &info->vfs_inode : NULL;
}

static void shmem_free_inode(struct inode *inode)
{
	kfree(SHMEM_I(inode));
}

/* [shmem_evict_inode]: the last reference to an unlinked file. */
static void shmem_evict_inode(struct inode *inode)
{
	i_size_write(inode, 0);
	mapping_set_exiting(inode->i_mapping);
	shmem_truncate_range(inode, 0, -1);
}

static const struct super_operations shmem_ops = {
	.alloc_inode = shmem_alloc_inode,
	.free_inode = shmem_free_inode,
	.evict_inode = shmem_evict_inode,
};

/* The internal tmpfs mount (shm_mnt) that memfds and shared anon maps live on. */
static struct super_block shmem_sb = {
	.s_id = "tmpfs",
	.s_maxbytes = MAX_LFS_FILESIZE,
	.s_op = &shmem_ops,
};

bool shmem_mapping(const struct address_space *mapping)
{
	return mapping && mapping->a_ops == &shmem_aops;
}

/* [shmem_error_remove_folio]: keep a hwpoisoned folio; reads then fail with EIO. */
static int shmem_error_remove_folio(struct address_space *mapping, struct folio *folio)
{
	return 0;
}

static const struct address_space_operations shmem_aops = {
	.dirty_folio = noop_dirty_folio,
	.error_remove_folio = shmem_error_remove_folio,
};

static struct file *__shmem_file_setup(const char *name, loff_t size, unsigned int huge_order,
				       bool hugetlb)
{
	struct shmem_inode_info *info;
	struct inode *inode;
	struct file *file;

	if (size < 0 || size > MAX_LFS_FILESIZE)
		return ERR_PTR(-EINVAL);
	inode = new_inode(&shmem_sb, name);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	info = SHMEM_I(inode);
	info->seals = F_SEAL_SEAL;	/* sealing is opt-in (memfd MFD_ALLOW_SEALING) */
	info->huge_order = huge_order;
	info->hugetlb = hugetlb;
	inode->i_mode = S_IFREG | 0777;
	inode->i_size = size;
	inode->i_op = &shmem_inode_operations;
	inode->i_fop = hugetlb ? &hugetlbfs_file_operations : &shmem_file_operations;
	inode->i_mapping->a_ops = &shmem_aops;
	mapping_set_gfp_mask(inode->i_mapping, GFP_HIGHUSER_MOVABLE);
	if (huge_order)
		mapping_set_large_folios(inode->i_mapping);
	file = alloc_file_pseudo(inode, name, O_RDWR, inode->i_fop);
	if (IS_ERR(file))
		iput(inode);
	return file;
}

struct file *shmem_file_setup(const char *name, loff_t size, unsigned long flags)
{
	return __shmem_file_setup(name, size, 0, false);
}

struct file *shmem_file_setup_huge(const char *name, loff_t size, unsigned long flags)
{
	return __shmem_file_setup(name, size, PMD_ORDER, false);
}

/* ---- shmem_get_folio ---------------------------------------------------------------- */

/*
 * The order of the folio to create at @index: the file's huge order when the
 * aligned huge range lies below @limit (bytes) and holds no cached page yet;
 * hugetlb files always use theirs.
 */
static unsigned int shmem_alloc_order(struct inode *inode, pgoff_t index, loff_t limit)
{
	struct shmem_inode_info *info = SHMEM_I(inode);
	unsigned int order = info->huge_order;
	unsigned long nr = 1UL << order, idx;
	pgoff_t start;

	if (!order || info->hugetlb)
		return order;
	start = ALIGN_DOWN(index, nr);
	if (((loff_t)(start + nr) << PAGE_SHIFT) > limit)
		return 0;
	idx = start;
	if (xa_find(&inode->i_mapping->i_pages, &idx, start + nr - 1, XA_PRESENT))
		return 0;
	return order;
}

/* [shmem_alloc_and_add_folio]: a new locked folio of @order covering @index. */
static struct folio *shmem_alloc_and_add_folio(struct inode *inode, pgoff_t index,
					       unsigned int order)
{
	struct address_space *mapping = inode->i_mapping;
	gfp_t gfp = mapping_gfp_mask(mapping);
	struct folio *folio;
	int err;

	if (order)
		gfp |= __GFP_NORETRY | __GFP_NOWARN;
	folio = folio_alloc(gfp, order);
	if (!folio)
		return ERR_PTR(-ENOMEM);
	__folio_set_swapbacked(folio);
	err = filemap_add_folio(mapping, folio, ALIGN_DOWN(index, 1UL << order), gfp);
	if (err) {
		folio_put(folio);
		return ERR_PTR(err);
	}
	return folio;
}

int shmem_get_folio(struct inode *inode, pgoff_t index, loff_t write_end, struct folio **foliop,
		    enum sgp_type sgp)
{
	struct address_space *mapping = inode->i_mapping;
	struct folio *folio;
	unsigned int order;
	loff_t limit;

	*foliop = NULL;
	if (WARN_ON_ONCE(!shmem_mapping(mapping)))
		sgp = SGP_CACHE;
	if (index > (MAX_LFS_FILESIZE >> PAGE_SHIFT))
		return -EFBIG;
repeat:
	if (sgp <= SGP_CACHE && ((loff_t)index << PAGE_SHIFT) >= i_size_read(inode))
		return -EINVAL;

	folio = filemap_get_entry(mapping, index);
	if (folio) {
		folio_lock(folio);
		/* truncated while we waited for the lock? */
		if (unlikely(folio_mapping(folio) != mapping)) {
			folio_unlock(folio);
			folio_put(folio);
			goto repeat;
		}
		if (sgp == SGP_WRITE)
			folio_mark_accessed(folio);
		if (folio_test_uptodate(folio))
			goto out;
		/* fallocated, never initialised: a hole to SGP_READ */
		if (sgp != SGP_READ)
			goto clear;
		folio_unlock(folio);
		folio_put(folio);
		return 0;
	}

	if (sgp == SGP_READ)
		return 0;
	if (sgp == SGP_NOALLOC)
		return -ENOENT;

	limit = max(i_size_read(inode), write_end);
	order = shmem_alloc_order(inode, index, limit);
	folio = shmem_alloc_and_add_folio(inode, index, order);
	if (IS_ERR(folio) && order && !SHMEM_I(inode)->hugetlb) {
		if (PTR_ERR(folio) == -EEXIST)
			goto repeat;
		folio = shmem_alloc_and_add_folio(inode, index, 0);
	}
	if (IS_ERR(folio)) {
		if (PTR_ERR(folio) == -EEXIST)
			goto repeat;
		return (int)PTR_ERR(folio);
	}
	/* a new folio left !uptodate by fallocate: SGP_WRITE-like, see the kernel */
	if (sgp == SGP_FALLOC)
		sgp = SGP_WRITE;
clear:
	if (sgp != SGP_WRITE && !folio_test_uptodate(folio)) {
		folio_zero_pages(folio, 0, folio_nr_pages(folio));
		folio_mark_uptodate(folio);
	}
	/* the file may have shrunk while we allocated */
	if (sgp <= SGP_CACHE && ((loff_t)index << PAGE_SHIFT) >= i_size_read(inode)) {
		folio_unlock(folio);
		folio_put(folio);
		return -EINVAL;
	}
out:
	*foliop = folio;
	return 0;
}

void shmem_truncate_range(struct inode *inode, loff_t lstart, loff_t lend)
{
	truncate_inode_pages_range(inode->i_mapping, lstart, lend);
	inode_inc_iversion(inode);
}

/* ---- fallocate -------------------------------------------------------------------- */

/* [shmem_undo_range(unfalloc)]: drop the !uptodate folios of pages [start, end). */
static void shmem_unfalloc(struct inode *inode, pgoff_t start, pgoff_t end)
{
	struct address_space *mapping = inode->i_mapping;
	struct folio *folio;
	pgoff_t index = start;

	while (index < end) {
		folio = filemap_lock_folio(mapping, index);
		if (IS_ERR(folio)) {
			index++;
			continue;
		}
		index = folio_next_index(folio);
		if (!folio_test_uptodate(folio) && !folio_mapped(folio))
			filemap_remove_folio(folio);
		folio_unlock(folio);
		folio_put(folio);
	}
}

static long shmem_punch_hole(struct inode *inode, loff_t offset, loff_t len)
{
	struct shmem_inode_info *info = SHMEM_I(inode);
	loff_t unmap_start, unmap_end;

	if (info->hugetlb) {
		/* [hugetlbfs_punch_hole]: only whole huge pages are unmapped and freed */
		unsigned long hsize = PAGE_SIZE << info->huge_order;

		unmap_start = ALIGN(offset, hsize);
		unmap_end = ALIGN_DOWN(offset + len, hsize) - 1;
	} else {
		unmap_start = PAGE_ALIGN(offset);
		unmap_end = ALIGN_DOWN(offset + len, PAGE_SIZE) - 1;
	}
	/* protected by i_rwsem */
	if (info->seals & (F_SEAL_WRITE | F_SEAL_FUTURE_WRITE))
		return -EPERM;
	if (unmap_end > unmap_start)
		unmap_mapping_range(inode->i_mapping, unmap_start, 1 + unmap_end - unmap_start, 0);
	shmem_truncate_range(inode, offset, offset + len - 1);
	return 0;
}

static long shmem_fallocate(struct file *file, int mode, loff_t offset, loff_t len)
{
	struct inode *inode = file_inode(file);
	struct shmem_inode_info *info = SHMEM_I(inode);
	pgoff_t start, index, end;
	struct folio *folio;
	long error;

	if (mode & ~(FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE))
		return -EOPNOTSUPP;

	/* i_rwsem: size, seals, and allocation against truncation of this file */
	inode_lock(inode);
	if (mode & FALLOC_FL_PUNCH_HOLE) {
		error = shmem_punch_hole(inode, offset, len);
		goto out;
	}

	/* the size limit applies even with KEEP_SIZE */
	error = inode_newsize_ok(inode, offset + len);
	if (error)
		goto out;
	if ((info->seals & F_SEAL_GROW) && offset + len > i_size_read(inode)) {
		error = -EPERM;
		goto out;
	}

	start = offset >> PAGE_SHIFT;
	end = (offset + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	for (index = start; index < end;) {
		error = shmem_get_folio(inode, index, offset + len, &folio, SGP_FALLOC);
		if (error) {
			/* remove the !uptodate folios we added: nothing half-done stays */
			shmem_unfalloc(inode, start, index);
			goto out;
		}
		index = folio_next_index(folio);
		/* dirty: the kernel would swap rather than drop a fallocated folio */
		folio_mark_dirty(folio);
		folio_unlock(folio);
		folio_put(folio);
		sched_progress();
		sched_point("shmem_fallocate");
	}
	if (!(mode & FALLOC_FL_KEEP_SIZE) && offset + len > i_size_read(inode))
		i_size_write(inode, offset + len);
	error = 0;
out:
	if (!error)
		inode_inc_iversion(inode);
	inode_unlock(inode);
	return error;
}

/* ---- setattr (ftruncate) ------------------------------------------------------------ */

static int shmem_setattr(struct inode *inode, struct iattr *attr)
{
	struct shmem_inode_info *info = SHMEM_I(inode);
	loff_t oldsize, newsize, holebegin;
	int error;

	error = setattr_prepare(inode, attr);
	if (error)
		return error;
	if ((info->seals & F_SEAL_EXEC) && (attr->ia_valid & ATTR_MODE) &&
	    ((inode->i_mode ^ attr->ia_mode) & 0111))
		return -EPERM;
	if ((attr->ia_valid & ATTR_SIZE) && S_ISREG(inode->i_mode)) {
		oldsize = i_size_read(inode);
		newsize = attr->ia_size;
		/* [hugetlbfs_setattr]: sizes are whole huge pages */
		if (info->hugetlb && (newsize & ((PAGE_SIZE << info->huge_order) - 1)))
			return -EINVAL;
		/* seals are protected by i_rwsem, which notify_change's caller holds */
		if ((newsize < oldsize && (info->seals & F_SEAL_SHRINK)) ||
		    (newsize > oldsize && (info->seals & F_SEAL_GROW)))
			return -EPERM;
		if (newsize != oldsize)
			i_size_write(inode, newsize);
		if (newsize <= oldsize) {
			holebegin = PAGE_ALIGN(newsize);
			if (oldsize > holebegin)
				unmap_mapping_range(inode->i_mapping, holebegin, 0, 1);
			shmem_truncate_range(inode, newsize, -1);
			/* again: private COW copies faulted in meanwhile */
			if (oldsize > holebegin)
				unmap_mapping_range(inode->i_mapping, holebegin, 0, 1);
		}
	}
	if (attr->ia_valid & ATTR_MODE)
		inode->i_mode = (inode->i_mode & S_IFMT) | (attr->ia_mode & ~S_IFMT);
	inode_inc_iversion(inode);
	return 0;
}

static const struct inode_operations shmem_inode_operations = {
	.setattr = shmem_setattr,
};

/* ---- read and write ------------------------------------------------------------------- */

/* [shmem_file_read_iter]: holes and fallocated pages read zero. */
static ssize_t shmem_file_read(struct file *file, u64 *words, size_t count, loff_t *ppos)
{
	struct inode *inode = file_inode(file);
	loff_t pos = *ppos, isize = i_size_read(inode);
	pgoff_t index, last;
	struct folio *folio;
	size_t n, k = 0;
	int error;

	if (!count || pos >= isize)
		return 0;
	n = min_t(loff_t, count, isize - pos);
	last = (pos + n - 1) >> PAGE_SHIFT;
	for (index = pos >> PAGE_SHIFT; index <= last; index++, k++) {
		error = shmem_get_folio(inode, index, 0, &folio, SGP_READ);
		if (error)
			break;
		if (!folio) {
			words[k] = 0;
			continue;
		}
		if (folio_test_hwpoison(folio)) {
			folio_unlock(folio);
			folio_put(folio);
			error = -EIO;
			break;
		}
		words[k] = folio_content_read(folio, index - folio_index(folio));
		folio_unlock(folio);
		folio_put(folio);
	}
	if (index <= last) {
		/* stopped early: report what was read, or the error */
		if (!k)
			return error == -EINVAL ? 0 : error;
		n = ((loff_t)index << PAGE_SHIFT) - pos;
	}
	*ppos = pos + n;
	return n;
}

/* [shmem_file_write_iter + generic_perform_write + shmem_write_begin/end] */
static ssize_t shmem_file_write(struct file *file, const u64 *words, size_t count, loff_t *ppos)
{
	struct inode *inode = file_inode(file);
	struct shmem_inode_info *info = SHMEM_I(inode);
	loff_t pos = *ppos, end;
	pgoff_t index, last;
	struct folio *folio;
	ssize_t ret;
	size_t k = 0;
	int error = 0;

	/* i_rwsem: i_size and seals stay put while the write extends the file */
	inode_lock(inode);
	/* [generic_write_checks]: nothing to do, or past the size limit */
	ret = 0;
	if (!count)
		goto out;
	if (pos >= inode->i_sb->s_maxbytes) {
		ret = -EFBIG;
		goto out;
	}
	count = min_t(loff_t, count, inode->i_sb->s_maxbytes - pos);
	end = pos + count;
	/* [shmem_write_begin]: seals */
	if (info->seals & (F_SEAL_WRITE | F_SEAL_FUTURE_WRITE)) {
		ret = -EPERM;
		goto out;
	}
	if ((info->seals & F_SEAL_GROW) && end > i_size_read(inode)) {
		ret = -EPERM;
		goto out;
	}
	last = (end - 1) >> PAGE_SHIFT;
	for (index = pos >> PAGE_SHIFT; index <= last; index++, k++) {
		error = shmem_get_folio(inode, index, end, &folio, SGP_WRITE);
		if (!error && folio_test_hwpoison(folio)) {
			folio_unlock(folio);
			folio_put(folio);
			error = -EIO;
		}
		if (error)
			break;
		folio_content_write(folio, index - folio_index(folio), words[k]);
		/* [shmem_write_end]: the rest of a new folio reads zero already */
		if (!folio_test_uptodate(folio))
			folio_mark_uptodate(folio);
		folio_mark_dirty(folio);
		folio_unlock(folio);
		folio_put(folio);
	}
	if (index <= last) {
		if (!k) {
			ret = error;
			goto out;
		}
		end = (loff_t)index << PAGE_SHIFT;
	}
	if (end > i_size_read(inode))
		i_size_write(inode, end);
	inode_inc_iversion(inode);
	*ppos = end;
	ret = end - pos;
out:
	inode_unlock(inode);
	return ret;
}

/* ---- mmap and faults ------------------------------------------------------------------ */

/* [shmem_fault]: the folio for vmf->pgoff, locked and referenced. */
static vm_fault_t shmem_fault(struct vm_fault *vmf)
{
	struct inode *inode = file_inode(vmf->vma->vm_file);
	struct folio *folio;
	int err;

	err = shmem_get_folio(inode, vmf->pgoff, 0, &folio, SGP_CACHE);
	if (err)
		return vmf_error(err);
	if (folio_test_hwpoison(folio)) {
		folio_unlock(folio);
		folio_put(folio);
		return VM_FAULT_HWPOISON;
	}
	vmf->folio = folio;
	return VM_FAULT_LOCKED;
}

static const struct vm_operations_struct shmem_vm_ops = {
	.fault = shmem_fault,
	.map_pages = filemap_map_pages,
	.name = "shmem",
};

/* [shmem_mmap + memfd_check_seals_mmap] */
static int shmem_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct shmem_inode_info *info = SHMEM_I(file_inode(file));

	/* READ_ONCE: seals change under inode_lock, which mmap does not take */
	if ((vma->vm_flags & VM_SHARED) &&
	    (READ_ONCE(info->seals) & (F_SEAL_WRITE | F_SEAL_FUTURE_WRITE))) {
		if (vma->vm_flags & VM_WRITE)
			return -EPERM;
		/* a read-only shared mapping may not become writable later */
		vma->vm_flags &= ~VM_MAYWRITE;
	}
	vma->vm_ops = &shmem_vm_ops;
	return 0;
}

/* [shmem_file_llseek] */
static loff_t shmem_file_llseek(struct file *file, loff_t offset, int whence)
{
	struct inode *inode = file_inode(file);

	if (whence != SEEK_DATA && whence != SEEK_HOLE)
		return generic_file_llseek_size(file, offset, whence, MAX_LFS_FILESIZE,
						i_size_read(inode));
	if (offset < 0)
		return -ENXIO;
	/* i_rwsem: i_size and the page cache hold still for the scan */
	inode_lock(inode);
	offset = mapping_seek_hole_data(file->f_mapping, offset, inode->i_size, whence);
	if (offset >= 0)
		offset = generic_file_llseek_size(file, offset, SEEK_SET, MAX_LFS_FILESIZE, 0);
	inode_unlock(inode);
	return offset;
}

static const struct file_operations shmem_file_operations = {
	.read = shmem_file_read,
	.write = shmem_file_write,
	.mmap = shmem_mmap,
	.fallocate = shmem_fallocate,
	.llseek = shmem_file_llseek,
};

/* hugetlbfs has no write method: write(2) fails with EINVAL in vfs_write */
static const struct file_operations hugetlbfs_file_operations = {
	.read = shmem_file_read,
	.mmap = shmem_mmap,
	.fallocate = shmem_fallocate,
	.llseek = default_llseek,
};

/* ---- memfd [mm/memfd.c] ----------------------------------------------------------------- */

/* [sanitize_flags + check_sysctl_memfd_noexec with vm.memfd_noexec = 0] */
static int memfd_sanitize_flags(unsigned int *flags)
{
	unsigned int f = *flags;

	if (!(f & MFD_HUGETLB)) {
		if (f & ~MFD_ALL_FLAGS)
			return -EINVAL;
	} else if (f & ~(MFD_ALL_FLAGS | (MFD_HUGE_MASK << MFD_HUGE_SHIFT))) {
		return -EINVAL;
	}
	if ((f & MFD_EXEC) && (f & MFD_NOEXEC_SEAL))
		return -EINVAL;
	if (!(f & (MFD_EXEC | MFD_NOEXEC_SEAL)))
		f |= MFD_EXEC;
	*flags = f;
	return 0;
}

/* [hugetlb_file_setup's hstate lookup]: x86 has 2M and 1G. */
static int memfd_hugetlb_order(unsigned int flags)
{
	switch ((flags >> MFD_HUGE_SHIFT) & MFD_HUGE_MASK) {
	case 0:
	case PMD_SHIFT:
		return PMD_ORDER;
	case PUD_SHIFT:
		return PUD_ORDER;
	default:
		return -ENODEV;
	}
}

struct file *sys_memfd_create(const char *uname, unsigned int flags)
{
	char name[MFD_NAME_PREFIX_LEN + MFD_NAME_MAX_LEN + 1];
	struct shmem_inode_info *info;
	struct file *file;
	size_t len;
	int error, order = 0;

	error = memfd_sanitize_flags(&flags);
	if (error)
		return ERR_PTR(error);
	/* [alloc_name]: strnlen_user counts the NUL */
	if (!uname)
		return ERR_PTR(-EFAULT);
	len = strnlen(uname, MFD_NAME_MAX_LEN + 1) + 1;
	if (len > MFD_NAME_MAX_LEN)
		return ERR_PTR(-EINVAL);
	snprintf(name, sizeof(name), MFD_NAME_PREFIX "%s", uname);

	if (flags & MFD_HUGETLB) {
		order = memfd_hugetlb_order(flags);
		if (order < 0)
			return ERR_PTR(order);
	}
	file = __shmem_file_setup(name, 0, (unsigned int)order, flags & MFD_HUGETLB);
	if (IS_ERR(file))
		return file;
	file->f_mode |= FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE;
	file->f_flags |= O_LARGEFILE;
	if (flags & MFD_CLOEXEC)
		file->f_flags |= O_CLOEXEC;
	info = SHMEM_I(file_inode(file));
	if (flags & MFD_NOEXEC_SEAL) {
		file_inode(file)->i_mode &= ~0111;
		info->seals &= ~F_SEAL_SEAL;
		info->seals |= F_SEAL_EXEC;
	} else if (flags & MFD_ALLOW_SEALING) {
		info->seals &= ~F_SEAL_SEAL;
	}
	return file;
}

/*
 * [mapping_deny_writable]: no shared writable mapping may exist, and none may
 * be made from now on (i_mmap_writable < 0 makes the host mm's mmap refuse).
 */
static int mapping_deny_writable(struct address_space *mapping)
{
	int c = atomic_read(&mapping->i_mmap_writable);

	do {
		if (c > 0)
			return -EBUSY;
	} while (!atomic_try_cmpxchg(&mapping->i_mmap_writable, &c, c - 1));
	return 0;
}

int memfd_add_seals(struct file *file, unsigned int seals)
{
	struct inode *inode = file_inode(file);
	struct shmem_inode_info *info;
	int error = 0;

	if (!(file->f_mode & FMODE_WRITE))
		return -EPERM;
	if (seals & ~(unsigned int)F_ALL_SEALS)
		return -EINVAL;
	if (!shmem_file(file))
		return -EINVAL;
	info = SHMEM_I(inode);
	/* i_rwsem: seals change only under it (fallocate/write/setattr read them) */
	inode_lock(inode);
	if (info->seals & F_SEAL_SEAL) {
		error = -EPERM;
		goto unlock;
	}
	if ((seals & F_SEAL_WRITE) && !(info->seals & F_SEAL_WRITE)) {
		error = mapping_deny_writable(file->f_mapping);
		if (error)
			goto unlock;
	}
	/* F_SEAL_EXEC on an executable file implies the write and size seals */
	if ((seals & F_SEAL_EXEC) && (inode->i_mode & 0111))
		seals |= F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_FUTURE_WRITE;
	/* WRITE_ONCE: shmem_mmap reads the seals without inode_lock */
	WRITE_ONCE(info->seals, info->seals | seals);
unlock:
	inode_unlock(inode);
	return error;
}

int memfd_get_seals(struct file *file)
{
	if (!shmem_file(file))
		return -EINVAL;
	return (int)READ_ONCE(SHMEM_I(file_inode(file))->seals);
}
