# What a Linux 6.18 host with the legacy shadow MMU answers (profile
# 6.18-legacy), measured on the host of ../shared/real-kernel/ (tdp_mmu=N,
# shadow paging): KVM_CAP_VM_TYPES is 1, so the SW_PROTECTED (1), SEV (2) and
# SNP-like (5) types are -EINVAL; no CONFIG_KVM_GENERIC_MEMORY_ATTRIBUTES, so
# KVM_CAP_MEMORY_ATTRIBUTES is 0 and KVM_SET_MEMORY_ATTRIBUTES falls through
# to the arch ioctl's -ENOTTY whatever its argument; no CONFIG_KVM_SMM, so
# KVM_CAP_MULTI_ADDRESS_SPACE is compiled out (0) and as_id 1 is -EINVAL.
# Shadow paging has no gpa-indexed MMU: no KVM_CAP_PRE_FAULT_MEMORY, and
# KVM_PRE_FAULT_MEMORY is -EOPNOTSUPP.  guest_memfd is an anon inode (mode
# 0100600 = 0x8180, O_RDWR|O_LARGEFILE) on a noexec pseudo-fs: a mapping of
# it has no VM_MAYEXEC, so mprotect(PROT_EXEC) is -EACCES and mmap(PROT_EXEC)
# is -EPERM.
gmemsim-trace 1
vm vcpus=1 profile=6.18-legacy
check_extension cap=vm_types expect=value:1
check_extension cap=vm_types vm expect=value:1
check_extension cap=memory_attributes expect=value:0
check_extension cap=memory_attributes vm expect=value:0
check_extension cap=multi_address_space expect=value:0
check_extension cap=multi_address_space vm expect=value:0
check_extension cap=pre_fault_memory expect=value:0
check_extension cap=guest_memfd expect=value:1
check_extension cap=user_memory2 expect=value:1
check_extension cap=readonly_mem vm expect=value:1
vm_create type=0 expect=0
vm_create type=1 expect=-EINVAL
vm_create type=2 expect=-EINVAL
vm_create type=5 expect=-EINVAL
memfd_create name=shm size=2M expect=0
mmap name=mem len=2M prot=read|write shared memfd=shm expect=0
gmem_create name=g size=2M expect=0
mmap name=buf len=2M prot=read|write private anon expect=0
set_memory_region slot=0 gpa=0 size=2M mem=mem expect=0
set_memory_region slot=0 as=1 gpa=0 size=2M mem=mem expect=-EINVAL
set_memory_region slot=1 gpa=4M size=2M mem=buf gmem=g flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=4K private expect=-ENOTTY
set_memory_attributes gpa=0 size=4K shared expect=-ENOTTY
set_memory_attributes gpa=1 size=0 attributes=0xff flags=1 expect=-ENOTTY
fstat gmem=g expect=value:0x8180
fcntl_getfl gmem=g expect=value:0x8002
fstat memfd=shm expect=value:0x81ff
gmem_create name=gm size=2M flags=mmap expect=0
mmap name=gmap len=2M prot=read|write shared gmem=gm expect=0
mprotect mem=gmap len=4K prot=read|exec expect=-EACCES
mmap name=gx len=2M prot=read|exec shared gmem=gm expect=-EPERM
barrier
vcpu0: write gpa=0x1000 value=7 expect=0
vcpu0: read gpa=0x1000 expect=value:7
vcpu0: write gpa=4M value=8 expect=0
vcpu0: pre_fault gpa=0 size=4K expect=-EOPNOTSUPP
vmm: check_extension cap=vm_types expect=value:1
