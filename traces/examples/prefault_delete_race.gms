# KVM_PRE_FAULT_MEMORY racing a memslot delete and re-create
# (pre_fault_memory_test, kernel-reference 5.32 and 2.8).
#
# Slot 0: 2M at gpa 0 on a SW-protected VM, its first 4K private (gmem), the
# rest shared (memfd).  vcpu0 pre-faults the whole slot while the VMM deletes
# it: the ioctl returns 0 if it mapped anything, EAGAIN while the slot is
# INVALID with nothing done, or an error if the slot was already gone
# (expect=any).  With the slot deleted, pre-faulting a shared gfn is ENOENT
# (no memslot = MMIO = RET_PF_EMULATE) and a private one EFAULT (the private
# fault with no memslot of 2.6).  After the slot is re-created, pre-faulting it
# completes (0) and the guest reads back everything written before the
# delete (neither the guest_memfd nor the memfd was truncated).  The
# argument rows of 2.8 come last.
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=shm size=2M expect=0
mmap name=shared_mem len=2M prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=2M expect=0
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=4K private expect=0

vcpu0: write gpa=0 value=0x70 expect=0
vcpu0: write gpa=0x1000 value=0x71 expect=0
barrier
vcpu0: pre_fault gpa=0 size=2M expect=any
vcpu0: pre_fault gpa=0x100000 size=1M expect=any
vmm: set_memory_region slot=0 gpa=0 size=0 expect=0
barrier
vcpu0: pre_fault gpa=0 size=4K expect=-EFAULT
vcpu0: pre_fault gpa=0x1000 size=0x1000 expect=-ENOENT
barrier
vmm: set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0
barrier
vcpu0: pre_fault gpa=0 size=2M expect=0
vcpu0: read gpa=0 expect=value:0x70
vcpu0: read gpa=0x1000 expect=value:0x71
vcpu0: read gpa=0x1ff000 expect=value:0
# 2.8 rows 4: unaligned gpa, unaligned size, size 0, wrap.
vcpu0: pre_fault gpa=0x800 size=4K expect=-EINVAL
vcpu0: pre_fault gpa=0 size=0x800 expect=-EINVAL
vcpu0: pre_fault gpa=0 size=0 expect=-EINVAL
vcpu0: pre_fault gpa=0xfffffffffffff000 size=0x2000 expect=-EINVAL
# a range running past the slot stops at its end with ENOENT... after mapping
# something, which makes the ioctl return 0 (2.8 "ok" row)
vcpu0: pre_fault gpa=0x1ff000 size=0x2000 expect=0
