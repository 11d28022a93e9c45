# A private fault: a SW-protected VM maps one 2M slot backed by a guest_memfd
# and shared memory, converts its first page to private, and the guest reads
# and writes it.  A fresh guest_memfd page reads zero; a write sticks; the
# same gpa accessed as shared while private exits with KVM_EXIT_MEMORY_FAULT.
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=shm size=2M
mmap name=shared_mem len=2M prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=2M expect=0
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=4K private expect=0

vcpu0: read gpa=0 private expect=value:0
vcpu0: write gpa=0 private value=0x5eed expect=0
vcpu0: read gpa=0 private expect=value:0x5eed
vcpu0: read gpa=0 shared expect=exit:memory_fault
vcpu0: read gpa=0x1000 shared expect=value:0
vcpu0: read gpa=0x1000 private expect=exit:memory_fault
