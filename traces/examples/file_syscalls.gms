# The syscalls a VMM makes on a guest_memfd, a memfd and /dev/kvm other than
# mmap and fallocate, with Linux 6.18's answers.  guest_memfd's file has no
# read/write/llseek methods and no FMODE_PREAD/PWRITE (anon_inode_create_getfile,
# kvm_gmem_fops): read(2) and write(2) are -EINVAL (vfs_read/vfs_write:
# FMODE_CAN_READ/WRITE unset), pread64/pwrite64 -ESPIPE (a negative offset
# is -EINVAL first, in ksys_pread64), lseek -ESPIPE (vfs_llseek without
# FMODE_LSEEK; a whence past SEEK_HOLE is -EINVAL first, in ksys_lseek), and
# reopening it through /proc/self/fd opens the inode's own i_fop, the
# anonymous inode's no_open_fops: -ENXIO.  A memfd is a shmem file: read and
# write move the position, pread/pwrite do not, SEEK_DATA/SEEK_HOLE see the
# page cache (a page never written is a hole), reopening works.  A memslot's
# guest_memfd must be one (kvm_gmem_bind: a closed fd -EBADF, another file
# -EINVAL).  /dev/kvm answers its own ioctls; a VM or vCPU ioctl issued on it
# falls to kvm_arch_dev_ioctl's -EINVAL (measured on a 6.18.44 host, as are
# KVM_GET_API_VERSION 12 and KVM_GET_VCPU_MMAP_SIZE 0x3000).
gmemsim-trace 1
vm vcpus=1
gmem_create name=g size=0x10000
memfd_create name=f size=0x4000
mmap name=m len=0x10000 prot=read|write shared anon
barrier
vmm: file_read gmem=g expect=-EINVAL
vmm: file_write gmem=g expect=-EINVAL
vmm: file_read gmem=g offset=0 expect=-ESPIPE
vmm: file_read gmem=g offset=0xffffffffffffffff expect=-EINVAL
vmm: file_write gmem=g offset=0x1000 expect=-ESPIPE
vmm: file_lseek gmem=g offset=0 whence=set expect=-ESPIPE
vmm: file_lseek gmem=g offset=0 whence=5 expect=-EINVAL
vmm: file_reopen gmem=g expect=-ENXIO
vmm: fstat gmem=g expect=value:0x8180
vmm: fcntl_getfl gmem=g expect=value:0x8002
vmm: file_write memfd=f value=0x55 expect=value:8
vmm: file_lseek memfd=f offset=0 whence=cur expect=value:8
vmm: file_read memfd=f expect=value:8
vmm: file_lseek memfd=f offset=0 whence=cur expect=value:0x10
vmm: file_read memfd=f offset=0x3ffc expect=value:4
vmm: file_read memfd=f offset=0x4000 expect=value:0
vmm: file_lseek memfd=f offset=0 whence=end expect=value:0x4000
vmm: file_lseek memfd=f offset=0 whence=data expect=value:0
vmm: file_lseek memfd=f offset=0 whence=hole expect=value:0x1000
vmm: file_lseek memfd=f offset=0x1000 whence=data expect=-ENXIO
vmm: file_lseek memfd=f offset=0x5000 whence=hole expect=-ENXIO
vmm: file_lseek memfd=f offset=0xffffffffffffffff whence=set expect=-EINVAL
vmm: file_reopen memfd=f expect=0
vmm: file_write memfd=f offset=0x8000 len=16 expect=value:16
vmm: file_lseek memfd=f offset=0 whence=end expect=value:0x8010
vmm: file_lseek memfd=f offset=0x1000 whence=data expect=value:0x8000
vmm: dev_ioctl cmd=get_api_version expect=value:12
vmm: dev_ioctl cmd=get_api_version arg=1 expect=-EINVAL
vmm: dev_ioctl cmd=get_vcpu_mmap_size expect=value:0x3000
vmm: dev_ioctl cmd=check_extension arg=3 expect=value:1
vmm: dev_ioctl cmd=trace_enable expect=-EOPNOTSUPP
vmm: dev_ioctl cmd=create_vcpu expect=-EINVAL
vmm: dev_ioctl cmd=set_user_memory_region expect=-EINVAL
vmm: dev_ioctl cmd=set_user_memory_region2 expect=-EINVAL
vmm: dev_ioctl cmd=create_guest_memfd expect=-EINVAL
vmm: dev_ioctl cmd=set_memory_attributes expect=-EINVAL
vmm: dev_ioctl cmd=get_dirty_log expect=-EINVAL
vmm: dev_ioctl cmd=run expect=-EINVAL
vmm: dev_ioctl cmd=pre_fault_memory expect=-EINVAL
vmm: set_memory_region slot=1 gpa=0x100000 size=0x10000 mem=m flags=guest_memfd gmem_file=f expect=-EINVAL
vmm: set_memory_region slot=1 gpa=0x100000 size=0x10000 mem=m flags=guest_memfd gmem=g expect=0
vmm: set_memory_region slot=1 size=0 expect=0
vmm: gmem_close gmem=g expect=0
vmm: set_memory_region slot=1 gpa=0x100000 size=0x10000 mem=m flags=guest_memfd gmem=g expect=-EBADF
