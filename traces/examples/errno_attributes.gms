# KVM_SET_MEMORY_ATTRIBUTES argument checks in the kernel's order
# (kernel-reference 2.3) and the memory-fault exits of 2.6
# (private_mem_kvm_exits_test memslot_not_private, 5.29).
#
# flags != 0, an unknown attribute bit, size 0, a wrapping range and
# misaligned address or size are EINVAL, in that order.  Attributes are
# per-VM gfn properties: a range no memslot covers may be set, and setting
# an unchanged range is a successful no-op.  PRIVATE on a gfn whose slot has
# no guest_memfd makes a fault EFAULT + KVM_EXIT_MEMORY_FAULT; shared gfns
# with no memslot are MMIO (reads and writes) or an internal error (fetch),
# and a private gfn with no memslot is EFAULT + MEMORY_FAULT, unless an MMIO
# SPTE is already cached for it: MMIO (reserved-bit) faults are shared-only.
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=shm size=4M expect=0
mmap name=mem len=4M prot=read|write|exec shared memfd=shm expect=0
gmem_create name=g0 size=2M expect=0
set_memory_region slot=0 gpa=0 size=2M mem=mem gmem=g0 flags=guest_memfd expect=0
set_memory_region slot=1 gpa=2M size=2M mem=mem mem_offset=2M expect=0

vmm: set_memory_attributes gpa=0 size=4K private flags=1 expect=-EINVAL
vmm: set_memory_attributes gpa=0 size=4K attributes=0x10 expect=-EINVAL
vmm: set_memory_attributes gpa=0 size=0 private expect=-EINVAL
vmm: set_memory_attributes gpa=0xfffffffffffff000 size=0x2000 private expect=-EINVAL
vmm: set_memory_attributes gpa=0x800 size=4K private expect=-EINVAL
vmm: set_memory_attributes gpa=0 size=0x800 private expect=-EINVAL
# flags are checked before the size (row 1 before row 3)
vmm: set_memory_attributes gpa=0x800 size=0 private flags=1 expect=-EINVAL
# no memslot there: still fine; unchanged: still fine
vmm: set_memory_attributes gpa=1G size=2M private expect=0
vmm: set_memory_attributes gpa=1G size=2M private expect=0
vmm: set_memory_attributes gpa=1G size=2M shared expect=0
vmm: set_memory_attributes gpa=0 size=4K shared expect=0
barrier
# PRIVATE on the slot without guest_memfd (5.29)
vmm: set_memory_attributes gpa=2M size=4K private expect=0
vmm: set_memory_attributes gpa=0 size=4K private expect=0
barrier
vcpu0: read gpa=2M expect=exit:memory_fault
vcpu0: write gpa=2M value=1 expect=exit:memory_fault
vcpu0: read gpa=0x201000 expect=value:0
vcpu0: read gpa=0 expect=value:0
vcpu0: exec gpa=0x1000 expect=0
# no memslot: a shared access is MMIO, a fetch an emulation failure, a
# private one EFAULT + MEMORY_FAULT (after PRIVATE is set there)
vcpu0: read gpa=1G expect=exit:mmio
vcpu0: write gpa=1G value=1 expect=exit:mmio
vcpu0: exec gpa=1G expect=exit:internal_error
barrier
vmm: set_memory_attributes gpa=1G size=8K private expect=0
barrier
# never touched: a private fault with no memslot
vcpu0: read gpa=0x40001000 expect=exit:memory_fault
# touched as MMIO before: the cached MMIO SPTE makes this a reserved-bit
# fault, which kvm_mmu_page_fault treats as shared-only (no memslot change
# bumped the MMIO generation, and attribute changes outside every memslot
# zap nothing): still MMIO
vcpu0: read gpa=1G expect=exit:mmio
vcpu0: read gpa=0x40002000 expect=exit:mmio
