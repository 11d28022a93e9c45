# guest_memfd with MMAP|INIT_SHARED shared between host and guest on a
# default VM (guest_memfd_test guest_memfd_guest, kernel-reference 5.16;
# mmap_supported 5.7, fault_overflow 5.8, mmap_cow 5.6, collapse 5.12; 2.5).
#
# The file is bound as a gmem-only memslot at 4G with no userspace_addr:
# guest faults go to guest_memfd (kvm_mmu_faultin_pfn_gmem) even though the
# memory is shared.  The host writes 0xaa through its mmap and the guest
# reads the same word; the guest writes 0xff and the host sees it.  Punching
# page 0 zeroes it for both sides (and zaps the guest's SPTE); the rest keeps
# its data.  A mapping four times the file size faults SIGBUS beyond EOF.
gmemsim-trace 1
vm type=default vcpus=1 mmu=tdp
gmem_create name=g0 size=2M flags=mmap|init_shared expect=0
mmap name=gm len=2M prot=read|write shared gmem=g0 expect=0
mmap name=gm_big len=8M prot=read|write shared gmem=g0 expect=0
# 2.5: MAP_PRIVATE of a guest_memfd is EINVAL
mmap name=gm_cow len=2M prot=read|write private gmem=g0 expect=-EINVAL
set_memory_region slot=1 gpa=4G size=2M gmem=g0 flags=guest_memfd expect=0

host: host_write mem=gm offset=0 value=0xaa expect=0
host: host_write mem=gm offset=0x1000 value=0xab expect=0
barrier
vcpu0: read gpa=4G expect=value:0xaa
vcpu0: read gpa=0x100001000 expect=value:0xab
vcpu0: write gpa=4G value=0xff expect=0
vcpu0: read gpa=0x100002000 expect=value:0
barrier
host: host_read mem=gm offset=0 expect=value:0xff
host: host_read mem=gm_big offset=0 expect=value:0xff
host: host_read mem=gm_big offset=0x1ff000 expect=value:0
host: host_read mem=gm_big offset=2M expect=sigbus
host: host_write mem=gm_big offset=6M value=1 expect=sigbus
host: madvise mem=gm offset=0 len=2M advice=collapse expect=-EINVAL
barrier
# punch page 0 (mmap_supported): zero for the host and for the guest
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=punch_hole|keep_size expect=0
barrier
host: host_read mem=gm offset=0 expect=value:0
host: host_read mem=gm offset=0x1000 expect=value:0xab
vcpu0: read gpa=0x100001000 expect=value:0xab
barrier
vcpu0: read gpa=4G expect=value:0
vcpu0: write gpa=4G value=0xcc expect=0
barrier
host: host_read mem=gm offset=0 expect=value:0xcc
# MADV_DONTNEED drops the host PTEs only: the file keeps the page
host: madvise mem=gm offset=0 len=2M advice=dontneed expect=0
barrier
vcpu0: read gpa=4G expect=value:0xcc
host: host_read mem=gm offset=0 expect=value:0xcc
barrier
# A default VM has no private attribute (2.3 row 2), and gmem slots are
# immutable (2.2 row 14): a MODIFY with GUEST_MEMFD is EINVAL.
vmm: set_memory_attributes gpa=4G size=4K private expect=-EINVAL
vmm: set_memory_region slot=1 gpa=4G size=2M gmem=g0 flags=guest_memfd expect=-EINVAL
