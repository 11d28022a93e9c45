# Four vCPUs fault the same gfn at once on the TDP MMU (kernel-reference 3.8
# "Two vCPU faults on the same gfn"; 3.6: TDP faults run under mmu_lock held
# for read and install SPTEs with cmpxchg).
#
# All four take the fault path for private gfn 0 (fresh guest_memfd page)
# and for shared gfn 0x200 (memfd page) concurrently: every one of them
# reaches the map step, one cmpxchg wins, the others find the SPTE present
# (spurious) or retry.  Every read returns zero, nobody maps a second folio
# (one backing per gfn is an invariant), and after vcpu0's write every vCPU
# sees it.  Writes racing on one gfn leave one of the two values: expect=any.
# (The model keeps one content word per page: the gpa's page offset does not
# select a word, so distinct data needs distinct pages.)
gmemsim-trace 1
vm type=sw_protected vcpus=4 mmu=tdp
memfd_create name=shm size=4M expect=0
mmap name=shared_mem len=4M prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=4M expect=0
set_memory_region slot=0 gpa=0 size=4M mem=shared_mem gmem=g0 flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=2M private expect=0

vcpu0: read gpa=0 expect=value:0
vcpu1: read gpa=0 expect=value:0
vcpu2: read gpa=0 expect=value:0
vcpu3: read gpa=0 expect=value:0
vcpu0: read gpa=0x200000 expect=value:0
vcpu1: read gpa=0x200000 expect=value:0
vcpu2: write gpa=0x203000 value=0x2 expect=0
vcpu3: exec gpa=0x200000 expect=0
barrier
vcpu0: write gpa=0 value=0x1 expect=0
barrier
vcpu1: read gpa=0 expect=value:0x1
vcpu2: read gpa=0 expect=value:0x1
vcpu3: read gpa=0 expect=value:0x1
vcpu0: read gpa=0 expect=value:0x1
barrier
# racing writes to one shared gfn: either may land last
vcpu0: write gpa=0x201000 value=0xa expect=0
vcpu1: write gpa=0x201000 value=0xb expect=0
vcpu2: read gpa=0x201000 expect=any
vcpu3: read gpa=0x201000 expect=any
barrier
# racing faults on a gfn being converted: shared -> private while four
# vCPUs read it through the attributes.  A read sees the old shared page
# (0), or finds the attribute changed between kvm_mmu_page_fault and
# kvm_mmu_faultin_pfn (a MEMORY_FAULT exit), or faults privately (0).
vcpu0: read gpa=0x202000 expect=any
vcpu1: read gpa=0x202000 expect=any
vcpu2: read gpa=0x202000 expect=any
vcpu3: read gpa=0x202000 expect=any
vmm: set_memory_attributes gpa=0x202000 size=4K private expect=0
barrier
vcpu0: read gpa=0x202000 shared expect=exit:memory_fault
vcpu1: read gpa=0x202000 private expect=value:0
barrier
vcpu2: write gpa=0x202000 private value=0x22 expect=0
barrier
vcpu3: read gpa=0x202000 expect=value:0x22
host: host_read mem=shared_mem offset=0x203000 expect=value:0x2
