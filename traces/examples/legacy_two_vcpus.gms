# The legacy (rmap) shadow MMU: two vCPUs fault one gfn, then the host
# unmaps the memory under them (kernel-reference 3.6, 3.8 "Two vCPU faults
# on the same gfn": legacy faults are serialised by mmu_lock held for
# write, the second finds the SPTE present for the same pfn and adds no
# second rmap entry; 3.3 A: the notifier's zap walks the rmaps).
#
# Default VM, shared memory only, an anonymous MAP_SHARED region.  Both
# vCPUs read gfn 0 (zero) and 1 concurrently; vcpu1's write to gfn 2 is seen
# by vcpu0 and by the host.  MADV_DONTNEED on shared anonymous memory keeps
# the data (shmem backs it); munmap racing both vCPUs' accesses is decided by
# the race, afterwards every access is a GUP failure (EFAULT), and a new
# mapping at the same place (MAP_FIXED) brings fresh zeroed memory.
gmemsim-trace 1
vm type=default vcpus=2 mmu=legacy
mmap name=mem len=2M prot=read|write shared anon addr=0x7f0000000000 fixed expect=0
set_memory_region slot=0 gpa=0 size=2M mem=mem expect=0

vcpu0: read gpa=0 expect=value:0
vcpu1: read gpa=0 expect=value:0
vcpu0: read gpa=0x1000 expect=value:0
vcpu1: read gpa=0x1000 expect=value:0
vcpu1: write gpa=0x2000 value=0x12 expect=0
barrier
vcpu0: read gpa=0x2000 expect=value:0x12
host: host_read mem=mem offset=0x2000 expect=value:0x12
barrier
host: madvise mem=mem offset=0 len=2M advice=dontneed expect=0
barrier
vcpu0: read gpa=0x2000 expect=value:0x12
vcpu1: read gpa=0x2000 expect=value:0x12
barrier
vcpu0: read gpa=0x2000 expect=any
vcpu1: write gpa=0x3000 value=0x13 expect=any
vcpu0: read gpa=0x3000 expect=any
host: munmap mem=mem offset=0 len=2M expect=0
barrier
vcpu0: read gpa=0x2000 expect=exit:efault
vcpu1: write gpa=0x3000 value=1 expect=exit:efault
barrier
host: mmap name=mem2 len=2M prot=read|write shared anon addr=0x7f0000000000 fixed expect=0
barrier
vcpu0: read gpa=0x2000 expect=value:0
barrier
vcpu1: write gpa=0x2000 value=0x14 expect=0
barrier
vcpu0: read gpa=0x2000 expect=value:0x14
host: host_read mem=mem2 offset=0x2000 expect=value:0x14
