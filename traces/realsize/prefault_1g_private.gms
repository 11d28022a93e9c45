# Real sizes (issue 15): KVM_PRE_FAULT_MEMORY over a whole 1G private slot.
# guest_memfd in 6.18 allocates order-0 folios, so the kernel, like the
# model, maps 262,144 4K pages one fault each (kvm_arch_vcpu_pre_fault_memory
# advances by the level it mapped).  Every page mapped is forward progress
# for the livelock bound; the invariant checker re-checks only the SPTEs each
# fault wrote.  gmemsim-bench realsize prints the time.
gmemsim-trace 1
run mode=det
vm type=sw_protected vcpus=1 mmu=tdp
gmem_create name=g0 size=1G expect=0
memfd_create name=shm size=1G
mmap name=shared_mem len=1G prot=read|write shared memfd=shm expect=0
set_memory_region slot=0 gpa=0 size=1G mem=shared_mem gmem=g0 flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=1G private expect=0

vcpu0: pre_fault gpa=0 size=1G expect=0
vcpu0: write gpa=0x3ff00000 private value=0x3 expect=0
vcpu0: read gpa=0x3ff00000 private expect=value:0x3
