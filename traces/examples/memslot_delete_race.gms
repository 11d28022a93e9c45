# Memslot DELETE racing private and shared faults, then re-creation
# (kernel-reference 3.3 F and 3.8 "vCPU fault vs memslot DELETE";
# private_mem_kvm_exits_test memslot_deleted, 5.28; delete_memory_region, 5.24).
#
# gfn 0 is private (guest_memfd), gfn 1 shared (memfd).  vcpu0 faults on
# both while the VMM deletes the slot: each access either completes before
# the INVALID swap (its SPTE is then zapped by kvm_arch_flush_shadow_memslot),
# retries while the slot is INVALID, or sees no slot at all: expect=any.
# After the delete: a private access is EFAULT + KVM_EXIT_MEMORY_FAULT, a
# shared one KVM_EXIT_MMIO.  Re-binding the same guest_memfd range brings the
# private data back (the delete unbinds, it does not truncate); the shared
# data lives in the memfd and comes back too.
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=shm size=2M expect=0
mmap name=shared_mem len=2M prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=2M expect=0
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=4K private expect=0

vcpu0: write gpa=0 value=0x42 expect=0
vcpu0: write gpa=0x1000 value=0x43 expect=0
barrier
vcpu0: read gpa=0 expect=any
vcpu0: read gpa=0x1000 expect=any
vcpu0: read gpa=0 expect=any
vcpu0: write gpa=0x1000 value=0x43 expect=any
vmm: set_memory_region slot=0 gpa=0 size=0 expect=0
barrier
vcpu0: read gpa=0 expect=exit:memory_fault
vcpu0: write gpa=0 value=1 expect=exit:memory_fault
vcpu0: read gpa=0x1000 expect=exit:mmio
vcpu0: write gpa=0x1000 value=1 expect=exit:mmio
# the slot is gone: deleting it again fails (2.2 row 11)
vmm: set_memory_region slot=0 gpa=0 size=0 expect=-EINVAL
barrier
vmm: set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0
barrier
vcpu0: read gpa=0 expect=value:0x42
vcpu0: read gpa=0x1000 expect=value:0x43
