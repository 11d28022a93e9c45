# Host madvise / mprotect / munmap under the guest's shared memory
# (kernel-reference 3.3 A: mmu_notifier invalidation; 2.6 shared GUP
# failure; mmu_stress_test 5.30).
#
# Slot 0 is backed by a MAP_SHARED memfd mapping, slot 1 by MAP_PRIVATE
# anonymous memory.  MADV_DONTNEED zaps the host PTEs and, through the
# notifier, the guest's SPTEs: the shared file page stays in the page cache
# (the guest re-faults and reads its data), the anonymous page is freed (the
# guest reads zero).  MADV_REMOVE punches the file: zero.  mprotect(READ)
# makes guest writes fail with EFAULT and no MEMORY_FAULT (a GUP failure);
# PROT_READ|WRITE again lets them through.  munmap racing guest accesses:
# anything before the unmap, EFAULT after it.
gmemsim-trace 1
vm type=default vcpus=1 mmu=tdp
memfd_create name=shm size=2M expect=0
mmap name=filemem len=2M prot=read|write shared memfd=shm expect=0
mmap name=anonmem len=2M prot=read|write private anon expect=0
set_memory_region slot=0 gpa=0 size=2M mem=filemem expect=0
set_memory_region slot=1 gpa=2M size=2M mem=anonmem expect=0

vcpu0: write gpa=0 value=0x5 expect=0
vcpu0: write gpa=0x1000 value=0x15 expect=0
vcpu0: write gpa=2M value=0x6 expect=0
barrier
host: madvise mem=filemem offset=0 len=2M advice=dontneed expect=0
host: madvise mem=anonmem offset=0 len=2M advice=dontneed expect=0
barrier
vcpu0: read gpa=0 expect=value:0x5
vcpu0: read gpa=2M expect=value:0
barrier
host: host_read mem=filemem offset=0 expect=value:0x5
host: madvise mem=filemem offset=0x1000 len=4K advice=remove expect=0
barrier
vcpu0: read gpa=0x1000 expect=value:0
vcpu0: read gpa=0 expect=value:0x5
barrier

# mprotect read-only: reads work, writes are a GUP failure (EFAULT, no exit reason).
host: mprotect mem=filemem offset=0 len=2M prot=read expect=0
barrier
vcpu0: read gpa=0 expect=value:0x5
vcpu0: write gpa=0 value=0x7 expect=exit:efault
barrier
host: mprotect mem=filemem offset=0 len=2M prot=read|write expect=0
barrier
vcpu0: write gpa=0 value=0x7 expect=0
barrier
host: host_read mem=filemem offset=0 expect=value:0x7
barrier

# munmap racing accesses; afterwards the hva has no VMA.
vcpu0: write gpa=0x3000 value=0x8 expect=any
vcpu0: read gpa=0x3000 expect=any
host: munmap mem=filemem offset=0 len=2M expect=0
barrier
vcpu0: read gpa=0 expect=exit:efault
vcpu0: read gpa=0x3000 expect=exit:efault
vcpu0: read gpa=2M expect=value:0
barrier
# the host's own access to the hole: SIGSEGV, which a trace sees as -EFAULT
host: host_read mem=filemem offset=0 expect=-EFAULT
host: host_write mem=anonmem offset=0 value=0x9 expect=0
barrier
vcpu0: read gpa=2M expect=value:0x9
