# guest_memfd argument checks in the kernel's order: KVM_CREATE_GUEST_MEMFD
# (kernel-reference 2.1), fallocate (2.4), mmap (2.5), and the last close of
# a bound file (3.3 C).  guest_memfd_test invalid_sizes, fallocate,
# invalid_punch_hole, mmap_not_supported, fault_private (5.3, 5.5, 5.9,
# 5.14, 5.15), private_mem_conversions_test 5.27.
#
# On a SW-protected VM INIT_SHARED is not a supported flag (row 1) but MMAP
# is; a mapping of such a file faults SIGBUS (the whole file is private).
# Every fallocate mode but KEEP_SIZE and KEEP_SIZE|PUNCH_HOLE is EOPNOTSUPP,
# misaligned ranges EINVAL, punching beyond EOF succeeds, allocating beyond
# it fails.  Closing the last fd of a bound guest_memfd releases it: the
# slot keeps its binding's place, but private faults now end in EFAULT +
# KVM_EXIT_MEMORY_FAULT.
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp

# 2.1 row 1 (flags) is checked before row 2 (size)
gmem_create name=bad_flags size=1 flags=init_shared expect=-EINVAL
gmem_create name=bad_flags2 size=2M flags=mmap|init_shared expect=-EINVAL
gmem_create name=size0 size=0 expect=-EINVAL
gmem_create name=size1 size=1 expect=-EINVAL
gmem_create name=size_page_minus size=0xfff expect=-EINVAL
gmem_create name=size_neg size=0x8000000000000000 expect=-EINVAL
gmem_create name=g0 size=2M expect=0
gmem_create name=gm size=2M flags=mmap expect=0

# 2.5: mmap needs the MMAP flag; MAP_PRIVATE is refused
mmap name=no_mmap len=2M prot=read|write shared gmem=g0 expect=-ENODEV
mmap name=cow len=2M prot=read|write private gmem=gm expect=-EINVAL
mmap name=gmmap len=2M prot=read|write shared gmem=gm expect=0

memfd_create name=shm size=2M expect=0
mmap name=shared_mem len=2M prot=read|write shared memfd=shm expect=0
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=2M private expect=0

# 2.5 / 5.9: a private-only file's mapping faults SIGBUS
host: host_read mem=gmmap offset=0 expect=sigbus
host: host_write mem=gmmap offset=0x1000 value=1 expect=sigbus
# 2.4 rows in order
vmm: gmem_fallocate gmem=g0 offset=0xffffffffffffffff len=4K mode=keep_size expect=-EINVAL
vmm: gmem_fallocate gmem=g0 offset=0 len=0 mode=keep_size expect=-EINVAL
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=punch_hole expect=-EOPNOTSUPP
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=collapse_range|keep_size expect=-EOPNOTSUPP
vmm: gmem_fallocate gmem=g0 offset=0x7ffffffffffff000 len=0x2000 mode=keep_size expect=-EFBIG
vmm: gmem_fallocate gmem=g0 offset=0 len=4K expect=-EOPNOTSUPP
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=zero_range|keep_size expect=-EOPNOTSUPP
vmm: gmem_fallocate gmem=g0 offset=0x800 len=4K mode=keep_size expect=-EINVAL
vmm: gmem_fallocate gmem=g0 offset=0 len=0x1001 mode=punch_hole|keep_size expect=-EINVAL
vmm: gmem_fallocate gmem=g0 offset=1 len=4K mode=punch_hole|keep_size expect=-EINVAL
vmm: gmem_fallocate gmem=g0 offset=2M len=4K mode=punch_hole|keep_size expect=0
vmm: gmem_fallocate gmem=g0 offset=2M len=4K mode=keep_size expect=-EINVAL
vmm: gmem_fallocate gmem=g0 offset=0x1ff000 len=0x2000 mode=keep_size expect=-EINVAL
vmm: gmem_fallocate gmem=g0 offset=0 len=2M mode=keep_size expect=0
vmm: gmem_fallocate gmem=g0 offset=0 len=2M mode=keep_size expect=0
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=punch_hole|keep_size expect=0
barrier
vcpu0: write gpa=0 value=0x99 expect=0
vcpu0: read gpa=0 expect=value:0x99
barrier
# Last close: kvm_gmem_release unbinds it; faults get EFAULT + MEMORY_FAULT.
vmm: gmem_close gmem=g0 expect=0
barrier
vcpu0: read gpa=0 expect=exit:memory_fault
vcpu0: read gpa=0x1000 private expect=exit:memory_fault
vcpu0: read gpa=0 shared expect=exit:memory_fault
barrier
# The fd is gone: fallocate on it is EBADF, closing it again too, and a slot
# naming it fails to fget it (2.2 row 19).
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=punch_hole|keep_size expect=-EBADF
vmm: gmem_close gmem=g0 expect=-EBADF
vmm: set_memory_region slot=1 gpa=4M size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=-EBADF
# Deleting the slot of a released file still works.
vmm: set_memory_region slot=0 gpa=0 size=0 expect=0
