# Edges of the trace format that once behaved otherwise than FORMAT.md says.
#
# A barrier is an event: as the first one it ends the setup, so the slot
# below exists before vcpu0 runs (before, the setup statements were replayed
# as events and the read found no slot).
#
# An unaligned fallocate(PUNCH_HOLE) on a memfd frees only the pages the range
# covers whole; a page it covers in part stays cached [shmem_fallocate ->
# shmem_truncate_range -> truncate_inode_partial_folio] (the model keeps one
# word per page, so a partly covered page keeps its word).  The punch-frees
# postcondition held the partial pages to be freed too.
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp
memfd_create name=m size=2M expect=0
mmap name=mm len=2M prot=read|write shared memfd=m expect=0
gmem_create name=g0 size=2M expect=0
set_memory_region slot=0 gpa=0 size=2M mem=mm gmem=g0 flags=guest_memfd expect=0
host_write mem=mm offset=0 value=7 expect=0
host_write mem=mm offset=0x1000 value=8 expect=0
host_write mem=mm offset=0x3000 value=9 expect=0
barrier
vcpu0: read gpa=0 expect=value:7
barrier
# [0x800, 0x3800): pages 1 and 2 go, pages 0 and 3 are partial and stay.
host: memfd_fallocate memfd=m offset=0x800 len=0x3000 mode=punch_hole|keep_size expect=0
barrier
host: host_read mem=mm offset=0 expect=value:7
host: host_read mem=mm offset=0x1000 expect=value:0
host: host_read mem=mm offset=0x3000 expect=value:9
vcpu0: read gpa=0 expect=value:7
vcpu0: read gpa=0x3000 expect=value:9
