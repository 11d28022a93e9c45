# PUNCH_HOLE on a guest_memfd racing private faults (kernel-reference 3.3 B
# and the first row of 3.8; private_mem_conversions_test punch_hole, 5.26).
#
# vcpu0 keeps faulting gfn 0 (private, data 0x42) while the VMM punches it;
# vcpu1 faults gfn 1, outside the hole.  Whether a racing read sees 0x42 (it
# mapped the old folio before invalidate_begin, then got zapped) or 0 (it
# retried and allocated a fresh folio after the truncation) is decided by the
# race: expect=any.  Never allowed, and checked at every step in det mode: an
# SPTE or TLB entry to the truncated folio (stale generation).  After the
# barrier the outcome is deterministic: the punched gfn reads zero, the other
# kept its data.  A second round punches the whole 2M while both vCPUs write.
gmemsim-trace 1
vm type=sw_protected vcpus=2 mmu=tdp
memfd_create name=shm size=2M expect=0
mmap name=shared_mem len=2M prot=read|write shared memfd=shm expect=0
gmem_create name=g0 size=2M expect=0
set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=2M private expect=0

vcpu0: write gpa=0 value=0x42 expect=0
vcpu1: write gpa=0x1000 value=0x43 expect=0
barrier
vcpu0: read gpa=0 expect=any
vcpu0: read gpa=0 expect=any
vcpu0: read gpa=0 expect=any
vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=punch_hole|keep_size expect=0
vcpu1: read gpa=0x1000 expect=value:0x43
vcpu1: read gpa=0x1000 expect=value:0x43
barrier
vcpu0: read gpa=0 expect=value:0
vcpu1: read gpa=0x1000 expect=value:0x43
vcpu0: read gpa=0x1000 expect=value:0x43
barrier

# Round 2: both vCPUs write while the whole file is punched.
vcpu0: write gpa=0x3000 value=0x300 expect=0
vcpu0: read gpa=0x3000 expect=any
vcpu1: write gpa=0x4000 value=0x400 expect=0
vcpu1: read gpa=0x4000 expect=any
vmm: gmem_fallocate gmem=g0 offset=0 len=2M mode=punch_hole|keep_size expect=0
barrier
vcpu0: read gpa=0x1000 expect=value:0
vcpu1: read gpa=0 expect=value:0
barrier
# A punch entirely beyond i_size still succeeds (2.4 row 9a).
vmm: gmem_fallocate gmem=g0 offset=4M len=4K mode=punch_hole|keep_size expect=0
vcpu0: write gpa=0x5000 value=0x55 expect=0
barrier
vcpu1: read gpa=0x5000 expect=value:0x55
