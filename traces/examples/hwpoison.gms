# A machine check on a guest_memfd page (kernel-reference 3.3 D:
# kvm_gmem_error_folio; 2.6: kvm_gmem_get_pfn returns EHWPOISON).
#
# memory_failure() on the pfn backing private gfn 0 zaps the guest's
# mappings of it (invalidate_lock shared, begin/zap/end, no truncation) and
# leaves the poisoned folio in the file: the next private fault gets
# EHWPOISON with KVM_EXIT_MEMORY_FAULT, every time, and the neighbour page
# is untouched.  Poisoning it again reports EHWPOISON; a page the file does
# not hold cannot be poisoned through it.  Punching the page removes the
# poisoned folio: the gfn faults in a fresh zeroed page again.  A vCPU
# racing the machine check reads the data or gets the exit (expect=any).
gmemsim-trace 1
vm type=sw_protected vcpus=2 mmu=tdp
memfd_create name=shm size=2M expect=0
mmap name=shared_mem len=2M prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=2M expect=0
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=2M private expect=0

vcpu0: write gpa=0 value=0xdead expect=0
vcpu1: write gpa=0x1000 value=0xbeef expect=0
barrier
vcpu0: read gpa=0 expect=any
vcpu0: read gpa=0 expect=any
host: hwpoison gmem=g0 offset=0 expect=0
vcpu1: read gpa=0x1000 expect=value:0xbeef
barrier
vcpu0: read gpa=0 expect=exit:hwpoison
vcpu1: read gpa=0 expect=exit:hwpoison
vcpu1: write gpa=0 value=1 expect=exit:hwpoison
vcpu0: read gpa=0x1000 expect=value:0xbeef
barrier
host: hwpoison gmem=g0 offset=0 expect=-EHWPOISON
host: hwpoison gmem=g0 offset=0x100000 expect=-ENOENT
barrier
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=punch_hole|keep_size expect=0
barrier
vcpu0: read gpa=0 expect=value:0
vcpu0: write gpa=0 value=0x600d expect=0
vcpu1: read gpa=0x1000 expect=value:0xbeef
barrier
vcpu1: read gpa=0 expect=value:0x600d
