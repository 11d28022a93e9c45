# KVM_SET_USER_MEMORY_REGION(2) argument checks in the kernel's order
# (kernel-reference 2.2; set_memory_region_test invalid_memory_region_flags,
# add_private_memory_region, add_overlapping_private_memory_regions,
# 5.19-5.22).  Mainline (6.18) errnos: an overlapping guest_memfd binding
# is EINVAL (kvm-x86 next: EEXIST).
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=shm size=4M expect=0
mmap name=mem len=4M prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=4M expect=0
gmem_create name=g1 size=2M expect=0
set_memory_attributes gpa=0 size=4M private expect=0
host_write mem=mem offset=0 value=0x30 expect=0

vmm: set_memory_region slot=0 gpa=0 size=2M mem=mem gmem=g0 flags=guest_memfd v1 expect=-EINVAL
vmm: set_memory_region slot=32764 gpa=0 size=2M mem=mem expect=-EINVAL
vmm: set_memory_region slot=0 gpa=0 size=2M mem=mem gmem=g0 flags=guest_memfd|readonly expect=-EINVAL
vmm: set_memory_region slot=0 gpa=0 size=2M mem=mem gmem=g0 flags=guest_memfd|log_dirty_pages expect=-EINVAL
vmm: set_memory_region slot=0 gpa=0 size=0x1800 mem=mem expect=-EINVAL
vmm: set_memory_region slot=0 gpa=0x800 size=2M mem=mem expect=-EINVAL
vmm: set_memory_region slot=0 gpa=0 size=2M hva=0x1001 expect=-EINVAL
vmm: set_memory_region slot=0 gpa=0 size=2M mem=mem gmem=g0 gmem_offset=0x800 flags=guest_memfd expect=-EINVAL
# a private-memory VM has one address space (row 8)
vmm: set_memory_region slot=0 as=1 gpa=0 size=2M mem=mem expect=-EINVAL
vmm: set_memory_region slot=0 gpa=0xfffffffffffff000 size=0x2000 mem=mem expect=-EINVAL
# delete of a slot that does not exist (row 11)
vmm: set_memory_region slot=5 gpa=0 size=0 expect=-EINVAL
# the binding runs past the file's end (row 22)
vmm: set_memory_region slot=0 gpa=0 size=4M mem=mem gmem=g1 flags=guest_memfd expect=-EINVAL
vmm: set_memory_region slot=0 gpa=0 size=2M mem=mem gmem=g1 gmem_offset=4K flags=guest_memfd expect=-EINVAL
barrier
vmm: set_memory_region slot=0 gpa=0 size=2M mem=mem gmem=g0 flags=guest_memfd expect=0
vmm: set_memory_region slot=1 gpa=2M size=2M mem=mem mem_offset=2M gmem=g0 gmem_offset=2M flags=guest_memfd expect=0
barrier
# MODIFY of a gmem slot (row 14), different hva (row 15)
vmm: set_memory_region slot=0 gpa=0 size=2M mem=mem gmem=g0 flags=guest_memfd expect=-EINVAL
vmm: set_memory_region slot=0 gpa=0 size=2M mem=mem mem_offset=2M expect=-EINVAL
# overlapping gpa range (row 17), front and back half
vmm: set_memory_region slot=2 gpa=1M size=2M mem=mem expect=-EEXIST
vmm: set_memory_region slot=2 gpa=3M size=2M mem=mem expect=-EEXIST
# overlapping guest_memfd binding at a disjoint gpa (row 23, mainline EINVAL)
vmm: set_memory_region slot=2 gpa=8M size=2M mem=mem gmem=g0 gmem_offset=1M flags=guest_memfd expect=-EINVAL
barrier
vcpu0: write gpa=0 value=0x10 expect=0
vcpu0: write gpa=2M value=0x20 expect=0
barrier
# delete slot 1, re-create it on g1: a fresh guest_memfd page behind gpa 2M
vmm: set_memory_region slot=1 gpa=2M size=0 expect=0
vmm: set_memory_region slot=1 gpa=2M size=2M mem=mem mem_offset=2M gmem=g1 flags=guest_memfd expect=0
barrier
vcpu0: read gpa=2M expect=value:0
vcpu0: read gpa=0 expect=value:0x10
barrier
# a shared-only slot beside them; FLAGS_ONLY toggles dirty logging (row 16)
vmm: set_memory_region slot=3 gpa=16M size=2M mem=mem expect=0
vmm: set_memory_region slot=3 gpa=16M size=2M mem=mem flags=log_dirty_pages expect=0
vmm: set_memory_region slot=3 gpa=16M size=2M mem=mem flags=log_dirty_pages expect=0
vmm: set_memory_region slot=3 gpa=16M size=2M mem=mem flags=readonly expect=-EINVAL
vmm: set_memory_region slot=3 gpa=16M size=2M mem=mem expect=0
barrier
vcpu0: read gpa=16M expect=value:0x30
vcpu0: read gpa=0 private expect=value:0x10
