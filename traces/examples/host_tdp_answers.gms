# What a Linux 6.18 host with EPT/NPT and the TDP MMU answers (profile
# 6.18-tdp, the default), from the kernel source: KVM_CAP_VM_TYPES is
# DEFAULT|SW_PROTECTED (kvm_x86_vendor_init: CONFIG_KVM_SW_PROTECTED_VM and
# tdp_mmu_enabled); /dev/kvm's KVM_CAP_MEMORY_ATTRIBUTES is PRIVATE, a
# default VM's 0 (so PRIVATE is -EINVAL there, and the ioctl exists);
# KVM_CAP_MULTI_ADDRESS_SPACE is 2 (SMM) except on a VM with private memory
# (1); KVM_CAP_PRE_FAULT_MEMORY is tdp_enabled.  The guest_memfd file answers
# as on any host.
gmemsim-trace 1
vm vcpus=1 profile=6.18-tdp
check_extension cap=vm_types expect=value:3
check_extension cap=vm_types vm expect=value:3
check_extension cap=memory_attributes expect=value:8
check_extension cap=memory_attributes vm expect=value:0
check_extension cap=multi_address_space expect=value:2
check_extension cap=multi_address_space vm expect=value:2
check_extension cap=pre_fault_memory expect=value:1
vm_create type=0 expect=0
vm_create type=1 expect=0
vm_create type=2 expect=-EINVAL
memfd_create name=shm size=2M expect=0
mmap name=mem len=2M prot=read|write shared memfd=shm expect=0
set_memory_region slot=0 gpa=0 size=2M mem=mem expect=0
set_memory_region slot=0 as=1 gpa=0 size=2M mem=mem expect=0
set_memory_attributes gpa=0 size=4K private expect=-EINVAL
set_memory_attributes gpa=0 size=4K shared expect=0
gmem_create name=g size=2M flags=mmap expect=0
fstat gmem=g expect=value:0x8180
mmap name=gmap len=2M prot=read|write shared gmem=g expect=0
mprotect mem=gmap len=4K prot=read|exec expect=-EACCES
barrier
vcpu0: write gpa=0x1000 value=7 expect=0
vcpu0: pre_fault gpa=0x2000 size=4K expect=0
